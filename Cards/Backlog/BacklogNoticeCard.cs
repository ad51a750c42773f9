namespace CoordinatorBot.Cards.Backlog;

/// <summary>A message to the raiser and the supporting municipalities' people: what became of a wish or an item.</summary>
public static class BacklogNoticeCard
{
    /// <param name="item">The item's number, for a button that shows it; null for a declined wish.</param>
    public static AdaptiveCard Compose(Texts texts, string title, string text, int? item)
    {
        var body = new List<CardElement> { Title(title), Paragraph(text) };
        IReadOnlyList<CardAction> actions = item is { } number
            ? [Execute(texts, texts.BoardShowItem(number), CardVerbs.ItemShow, (CardVerbs.ItemKey, number.ToString(CultureInfo.InvariantCulture)))
                with { AssociatedInputs = AssociatedInputs.None }]
            : [RunCommand(texts, texts.CommandWords(CommandIds.Wishes)[0], CommandIds.Wishes)];
        return Card(texts, title, body, actions);
    }
}
