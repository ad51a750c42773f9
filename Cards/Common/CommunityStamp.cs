namespace CoordinatorBot.Cards.Common;

/// <summary>
/// A card answered in a personal chat of a person with several communities: every button carries the community it is
/// about (the bot checks it against the person's roles on each press), and the card says which community it is.
/// </summary>
public static class CommunityStamp
{
    /// <summary>Only the buttons: for a card queued for a person, who may by then hold roles in several communities.</summary>
    public static AdaptiveCard Apply(AdaptiveCard card, string communityId) => card with
    {
        Body = [.. card.Body.Select(e => Stamp(e, communityId))],
        Actions = card.Actions?.Select(a => Stamp(a, communityId)).ToList(),
    };

    public static AdaptiveCard Apply(AdaptiveCard card, string communityId, Texts texts, string? communityName)
    {
        var body = card.Body.Select(e => Stamp(e, communityId)).ToList();
        if (communityName is not null)
        {
            body.Insert(0, new TextBlock(texts.PersonalCommunityAbout(communityName)) { IsSubtle = true, Spacing = Spacing.None });
        }

        return card with
        {
            Body = body,
            Actions = card.Actions?.Select(a => Stamp(a, communityId)).ToList(),
        };
    }

    private static CardElement Stamp(CardElement element, string communityId) => element switch
    {
        ActionSet set => set with { Actions = [.. set.Actions.Select(a => Stamp(a, communityId))] },
        Container container => container with { Items = [.. container.Items.Select(e => Stamp(e, communityId))] },
        ColumnSet columns => columns with
        {
            Columns = [.. columns.Columns.Select(c => c with { Items = [.. c.Items.Select(e => Stamp(e, communityId))] })],
        },
        _ => element,
    };

    private static CardAction Stamp(CardAction action, string communityId) => action switch
    {
        ExecuteAction execute => execute with { Data = With(execute.Data, communityId) },
        SubmitAction submit => submit with { Data = With(submit.Data, communityId) },
        ShowCardAction show => show with
        {
            Card = show.Card with
            {
                Body = [.. show.Card.Body.Select(e => Stamp(e, communityId))],
                Actions = show.Card.Actions?.Select(a => Stamp(a, communityId)).ToList(),
            },
        },
        _ => action,
    };

    private static Dictionary<string, string> With(IReadOnlyDictionary<string, string>? data, string communityId)
    {
        var values = data is null ? new Dictionary<string, string>(StringComparer.Ordinal) : new Dictionary<string, string>(data, StringComparer.Ordinal);
        // A button that names its own community (the choice card's) keeps it.
        values.TryAdd(CardVerbs.CommunityKey, communityId);
        return values;
    }
}
