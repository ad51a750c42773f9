namespace CoordinatorBot.Cards.Common;

/// <summary>
/// "Which community?": a person with roles in several communities chooses, in their personal chat, the one their
/// commands are about; a button per community, which also runs the command they wrote, if any.
/// </summary>
public static class CommunityChoiceCard
{
    public static AdaptiveCard Compose(Texts texts, IReadOnlyList<CommunityOption> communities, string? currentId,
        string? commandId, string? arguments)
    {
        var current = communities.FirstOrDefault(c => c.Id == currentId);
        var body = new List<CardElement>
        {
            Title(texts.PersonalCommunityTitle),
            Paragraph(commandId is null ? texts.PersonalCommunityIntro : texts.PersonalCommunityAsk),
        };
        if (current is not null)
        {
            body.Add(new TextBlock(texts.PersonalCommunityCurrent(current.Name)) { IsSubtle = true });
        }

        var buttons = communities.Select(c =>
        {
            var data = new List<(string, string)> { (CardVerbs.CommunityKey, c.Id) };
            if (commandId is not null)
            {
                data.Add((CardVerbs.CommandKey, commandId));
                data.Add((CardVerbs.ArgumentsKey, arguments ?? string.Empty));
            }

            return (CardAction)(Execute(texts, c.Name, CardVerbs.CommunityChoose, [.. data]) with { AssociatedInputs = AssociatedInputs.None });
        }).ToList();
        body.Add(new ActionSet(buttons));
        return Card(texts, texts.PersonalCommunityTitle, body);
    }
}
