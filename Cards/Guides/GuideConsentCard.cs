namespace CoordinatorBot.Cards.Guides;

/// <summary>
/// The person's own consent to be named in user cases, with the one button that turns it the other way. Shown by "case
/// samtykke" and sent to a case's contact when the case is approved; the press sets it for the presser, whoever the
/// card was sent to. Where others read the answer (a channel) the card says nothing of the person's choice and offers
/// both buttons.
/// </summary>
public static class GuideConsentCard
{
    /// <param name="consenting">The person's consent; null where the card is read by others too.</param>
    /// <param name="caseTitle">The approved case that names the person, when the card tells them of it.</param>
    public static AdaptiveCard Compose(Texts texts, bool? consenting, string? caseTitle = null, Notice? notice = null)
    {
        var body = BodyWith(notice);

        body.Add(Title(texts.ConsentTitle));
        if (caseTitle is not null)
        {
            body.Add(Paragraph(texts.ConsentAskedText(caseTitle)));
        }

        body.Add(Paragraph(texts.ConsentIntro));
        var give = Execute(texts, texts.ConsentGive, CardVerbs.GuideConsent, (CardVerbs.GuideConsentKey, "true")) with { AssociatedInputs = AssociatedInputs.None };
        var withdraw = Execute(texts, texts.ConsentWithdraw, CardVerbs.GuideConsent, (CardVerbs.GuideConsentKey, "false")) with { AssociatedInputs = AssociatedInputs.None };
        if (consenting is not { } given)
        {
            return Card(texts, texts.ConsentTitle, body, [give, withdraw]);
        }

        body.Add(new TextBlock(given ? texts.ConsentGivenState : texts.ConsentNotGivenState) { Weight = TextWeight.Bolder });
        return Card(texts, texts.ConsentTitle, body, [given ? withdraw : give]);
    }
}
