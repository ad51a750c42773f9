namespace CoordinatorBot.Cards.Guides;

/// <summary>
/// A message in a person's chat about a guide or case: to the coordinator, a new proposal; to its proposer, what the
/// coordinator decided (and the reason). Its button shows the proposal, where a proposer sent back finds *Ret forslaget*.
/// </summary>
public static class GuideNoticeCard
{
    public static AdaptiveCard Compose(Texts texts, string title, string text, int number) =>
        Card(texts, title, [Title(title), Paragraph(text)],
            [Execute(texts, texts.GuideShowButton, CardVerbs.GuideShow, (CardVerbs.GuideKey, number.ToString(CultureInfo.InvariantCulture)))
                with { AssociatedInputs = AssociatedInputs.None }]);
}
