using CoordinatorBot.Domain.Guides;
using CoordinatorBot.Domain.Onboarding;

namespace CoordinatorBot.Cards.Guides;

/// <summary>
/// One guide or case: its facts (for whom; a case's municipality, its contact only with their consent, the meeting
/// where it was shown), its text, results and links, its state; for the coordinator while it waits, approve, ask for
/// changes or decline (the last two with a reason); for its proposer, revise.
/// </summary>
public static class GuideCard
{
    /// <summary>The reason's input on the sub-card of <paramref name="verb"/>: each sub-card its own id, as a card's ids must be unique.</summary>
    public static string ReasonInput(string verb) => $"reason.{verb}";

    public static AdaptiveCard Compose(Texts texts, Guide guide, GuideView view)
    {
        var title = texts.GuideCardTitle(texts.GuideKindName(guide.Kind), guide.Number, guide.Title);
        var body = BodyWith(view.Notice);

        body.Add(Title(title));
        var facts = new List<Fact> { new(texts.GuideFactStatus, texts.GuideStatusName(guide.Status)) };
        if (guide.Kind == GuideKind.Case)
        {
            if (guide.Municipality is { } municipality)
            {
                facts.Add(new Fact(texts.GuideFactMunicipality, Municipalities.OfficialName(municipality)));
            }

            if (guide.ContactId is not null)
            {
                facts.Add(new Fact(texts.GuideFactContact, view.NamesContact && guide.ContactName is { } name ? name : texts.GuideContactNotNamed));
            }

            if (view.Meeting is { } meeting)
            {
                facts.Add(new Fact(texts.GuideFactMeeting, meeting));
            }
        }
        else if (guide.Audience is { } audience)
        {
            facts.Add(new Fact(texts.GuideFactAudience, audience));
        }

        facts.Add(new Fact(texts.GuideFactProposedBy, $"{guide.ProposedByName} · {texts.Date(guide.ProposedAt, view.Zone)}"));
        if (guide.Reason is { } reason && guide.Status is GuideStatus.ChangesAsked or GuideStatus.Declined)
        {
            facts.Add(new Fact(texts.GuideFactReason, reason));
        }

        body.Add(new FactSet(facts));
        body.Add(Subtitle(guide.Kind == GuideKind.Case ? texts.CaseTextHeading : texts.GuideStepsHeading));
        body.Add(new TextBlock(guide.Text) { Spacing = Spacing.None });
        if (guide.Results is { } results)
        {
            body.Add(Subtitle(texts.CaseResultsHeading));
            body.Add(new TextBlock(results) { Spacing = Spacing.None });
        }

        var actions = new List<CardAction>();
        foreach (var link in guide.Links.Take(GuideLimits.MaxLinks))
        {
            if (Uri.TryCreate(link, UriKind.Absolute, out var uri))
            {
                actions.Add(new OpenUrlAction(Shorten(uri), uri));
            }
        }

        var number = (CardVerbs.GuideKey, guide.Number.ToString(CultureInfo.InvariantCulture));
        if (view.MayDecide)
        {
            actions.Add(Execute(texts, texts.GuideApprove, CardVerbs.GuideApprove, number) with { AssociatedInputs = AssociatedInputs.None });
            actions.Add(new ShowCardAction(texts.GuideAskChanges, Reason(texts, texts.GuideAskChangesSend, CardVerbs.GuideAskChanges, number)));
            actions.Add(new ShowCardAction(texts.GuideDecline, Reason(texts, texts.GuideDeclineSend, CardVerbs.GuideDecline, number)));
        }

        if (view.MayRevise)
        {
            actions.Add(Execute(texts, texts.GuideReviseButton, CardVerbs.GuideRevise, number) with { AssociatedInputs = AssociatedInputs.None });
        }

        // Links first on the card, but as a list when there are more than the actions Teams shows.
        if (actions.Count > 5)
        {
            body.Add(Subtitle(texts.GuideLinksHeading));
            body.Add(new TextBlock(string.Join('\n', guide.Links.Select(l => $"- {l}"))) { Spacing = Spacing.None });
            actions.RemoveAll(a => a is OpenUrlAction);
        }

        return Card(texts, title, body, actions);
    }

    private static AdaptiveCard Reason(Texts texts, string send, string verb, (string, string) number) => SubCard(
        [
            new TextInput(texts.GuideReasonLabel)
            {
                Id = ReasonInput(verb), IsMultiline = true, IsRequired = true, ErrorMessage = texts.GuideReasonError, MaxLength = TextLimits.WishNeed,
            },
        ],
        [Execute(texts, send, verb, number)]);

    private static string Shorten(Uri uri)
    {
        var text = $"{uri.Host}{uri.AbsolutePath.TrimEnd('/')}";
        return text.Length <= 40 ? text : $"{text[..39]}…";
    }
}
