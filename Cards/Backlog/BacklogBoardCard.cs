using CoordinatorBot.Domain.Backlog;
using CoordinatorBot.Domain.Priorities;
using static CoordinatorBot.Cards.Common.BudgetWords;

namespace CoordinatorBot.Cards.Backlog;

/// <summary>"backlog": the items in MoSCoW columns with the sums of their estimates against the coordination group's budget.</summary>
public static class BacklogBoardCard
{
    // Delivered and rejected items are history; the board shows what is still to do, at most this many a column.
    private const int PerColumn = 12;

    public static AdaptiveCard Compose(Texts texts, BoardView view, Notice? notice = null)
    {
        var body = BodyWith(notice);

        body.Add(Title(texts.BoardTitle));
        body.Add(new TextBlock(texts.BoardBudgetLine(BudgetWords.BudgetText(texts, view.Budget),
            texts.Day(view.PeriodStart), texts.Day(view.PeriodEnd), EstimateText(texts, view.Committed))));
        if (view.BeyondMandate.Count > 0)
        {
            body.Add(new TextBlock(texts.BoardBeyondMandate(string.Join(", ", view.BeyondMandate.Order().Select(n => $"#{n}"))))
            {
                Color = TextColor.Attention, Weight = TextWeight.Bolder,
            });
        }

        var sums = BacklogBoard.Sums(view.Items);
        var open = view.Items.Where(i => i.Status is not (ItemStatus.Delivered or ItemStatus.Rejected)).ToList();
        body.Add(new ColumnSet([.. Enum.GetValues<MoscowClass>().Select(c => Column(texts, c, sums[c], open.Where(i => i.Class == c).ToList(), view))]));
        if (view.Items.Count == 0)
        {
            body.Add(Paragraph(texts.BoardEmpty));
        }

        var delivered = view.Items.Count(i => i.Status == ItemStatus.Delivered);
        if (delivered > 0)
        {
            body.Add(new TextBlock(texts.BoardDelivered(delivered)) { IsSubtle = true });
        }

        return Card(texts, texts.BoardTitle, body, [RunCommand(texts, texts.CommandWords(CommandIds.Wishes)[0], CommandIds.Wishes)]);
    }

    /// <summary>"40 timer · 30.000 kr." or a dash.</summary>
    private static Column Column(Texts texts, MoscowClass moscow, Estimate sum, IReadOnlyList<BacklogItem> items, BoardView view)
    {
        var cells = new List<CardElement>
        {
            new TextBlock(texts.ClassName(moscow)) { Weight = TextWeight.Bolder },
            new TextBlock(EstimateText(texts, sum)) { IsSubtle = true, Spacing = Spacing.None },
        };
        foreach (var item in items.Take(PerColumn))
        {
            var beyond = view.BeyondMandate.Contains(item.Number);
            // The whole title, wrapped however narrow the column: a title cut short ("Log ind med MitID p…") is no title.
            cells.Add(new TextBlock($"#{item.Number} {item.Title}") { Spacing = Spacing.Small });
            cells.Add(new TextBlock(beyond ? texts.BoardItemBeyond(texts.ItemStatusName(item.Status)) : texts.ItemStatusName(item.Status))
            {
                IsSubtle = !beyond, Color = beyond ? TextColor.Attention : null, Spacing = Spacing.None,
            });
            cells.Add(new ActionSet([Execute(texts, texts.BoardShowItem(item.Number), CardVerbs.ItemShow,
                (CardVerbs.ItemKey, item.Number.ToString(CultureInfo.InvariantCulture))) with { AssociatedInputs = AssociatedInputs.None }]));
        }

        if (items.Count > PerColumn)
        {
            cells.Add(new TextBlock(texts.BoardMore(items.Count - PerColumn)) { IsSubtle = true });
        }

        return new Column(cells) { Width = "stretch" };
    }
}
