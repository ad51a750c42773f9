namespace CoordinatorBot.Cards.Guides;

/// <summary>
/// The person's own consent to be named in user cases, with the one button that turns it the other way. Shown by "case
/// samtykke" and sent to a case's contact when the case is approved; the press sets it for the presser, whoever the
/// card was sent to.
/// </summary>
public static class GuideConsentCard
{
    /// <param name="caseTitle">The approved case that names the person, when the card tells them of it.</param>
    public static AdaptiveCard Compose(Texts texts, bool consenting, string? caseTitle = null, Notice? notice = null)
    {
        var body = new List<CardElement>();
        if (notice is not null)
        {
            body.Add(Notice(notice.Text, notice.IsProblem));
        }

        body.Add(Title(texts.ConsentTitle));
        if (caseTitle is not null)
        {
            body.Add(Paragraph(texts.ConsentAskedText(caseTitle)));
        }

        body.Add(Paragraph(texts.ConsentIntro));
        body.Add(new TextBlock(consenting ? texts.ConsentGivenState : texts.ConsentNotGivenState) { Weight = TextWeight.Bolder });
        var action = consenting
            ? Execute(texts, texts.ConsentWithdraw, CardVerbs.GuideConsent, (CardVerbs.GuideConsentKey, "false"))
            : Execute(texts, texts.ConsentGive, CardVerbs.GuideConsent, (CardVerbs.GuideConsentKey, "true"));
        return Card(texts, texts.ConsentTitle, body, [action with { AssociatedInputs = AssociatedInputs.None }]);
    }
}
