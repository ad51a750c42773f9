namespace CoordinatorBot.Cards.Guides;

/// <summary>
/// A message in a person's chat about a guide or case: to the coordinator, a new proposal; to its proposer, what the
/// coordinator decided (and the reason). Its button shows the proposal, where a proposer sent back finds *Ret forslaget*.
/// </summary>
public static class GuideNoticeCard
{
    /// <param name="revise">Sent back to its proposer: *Ret forslaget* opens the form at once.</param>
    public static AdaptiveCard Compose(Texts texts, string title, string text, int number, bool revise = false)
    {
        var key = (CardVerbs.GuideKey, number.ToString(CultureInfo.InvariantCulture));
        List<CardAction> actions = [Execute(texts, texts.GuideShowButton, CardVerbs.GuideShow, key) with { AssociatedInputs = AssociatedInputs.None }];
        if (revise)
        {
            actions.Add(Execute(texts, texts.GuideReviseButton, CardVerbs.GuideRevise, key) with { AssociatedInputs = AssociatedInputs.None });
        }

        return Card(texts, title, [Title(title), Paragraph(text)], actions);
    }
}
