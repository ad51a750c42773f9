using CoordinatorBot.Domain.Onboarding;

namespace CoordinatorBot.Cards.Backlog;

/// <summary>"ønsker": open wishes by the number of municipalities supporting them, then age; support, triage and merge.</summary>
public static class WishList
{

    public static AdaptiveCard Compose(Texts texts, WishListView view, Notice? notice = null)
    {
        var body = BodyWith(notice);

        body.Add(Title(texts.WishListTitle));
        body.Add(new TextBlock(texts.WishListIntro(texts.Count(view.Threshold, Unit.Municipality))) { IsSubtle = true });
        if (view.Filter is { Length: > 0 } filter)
        {
            body.Add(new TextBlock(texts.WishListFiltered(filter)) { IsSubtle = true, Spacing = Spacing.None });
        }

        if (view.Rows.Count == 0)
        {
            body.Add(Paragraph(texts.WishListEmpty));
        }

        foreach (var row in view.Rows)
        {
            body.Add(Row(texts, view, row));
        }

        var actions = new List<CardAction>();
        var pages = (view.Total + WishListView.PageSize - 1) / WishListView.PageSize;
        if (view.Page > 0)
        {
            actions.Add(Page(texts, texts.WishesPrevious, view.Page - 1, view.Filter));
        }

        if (view.Page + 1 < pages)
        {
            actions.Add(Page(texts, texts.WishesNext, view.Page + 1, view.Filter));
        }

        actions.Add(RunCommand(texts, texts.CommandWords(CommandIds.WishNew)[0], CommandIds.WishNew));
        return Card(texts, texts.WishListTitle, body, actions);
    }

    private static Container Row(Texts texts, WishListView view, WishRow row)
    {
        var wish = row.Wish;
        var number = wish.Number.ToString(CultureInfo.InvariantCulture);
        var items = new List<CardElement>
        {
            TextBlock.Markdown($"**#{wish.Number}** · {wish.Title}"),
            new TextBlock(texts.WishLine(texts.Count(row.Municipalities.Count, Unit.Municipality), texts.ImportanceName(wish.Importance),
                wish.RaisedByName)) { IsSubtle = true, Spacing = Spacing.None },
            new TextBlock(texts.JoinList(row.Municipalities.Select(Municipalities.OfficialName))) { Spacing = Spacing.None, IsSubtle = true },
            new TextBlock(wish.Need) { Spacing = Spacing.Small, MaxLines = 3 },
        };
        if (row.IsReady)
        {
            items.Insert(1, new TextBlock(texts.WishReady) { Weight = TextWeight.Bolder, Color = TextColor.Good, Spacing = Spacing.None });
        }

        var actions = new List<CardAction>();
        if (view.SupportFor is { } own && !row.Municipalities.Contains(own))
        {
            actions.Add(Execute(texts, texts.WishSupport, CardVerbs.WishSupport, (CardVerbs.WishKey, number)) with
            {
                AssociatedInputs = AssociatedInputs.None,
            });
        }

        // Triage, merging and support on a municipality's behalf live on the wish's own card: ten rows of forms would
        // take the list over Teams' card size.
        actions.Add(Execute(texts, view.CanTriage || view.OnBehalf ? texts.WishOpenManage : texts.WishOpen, CardVerbs.WishShow,
            (CardVerbs.WishKey, number)) with { AssociatedInputs = AssociatedInputs.None });

        if (actions.Count > 0)
        {
            items.Add(new ActionSet(actions));
        }

        return new Container(items) { Separator = true, Spacing = Spacing.Medium };
    }

    private static ExecuteAction Page(Texts texts, string title, int page, string? filter) =>
        Execute(texts, title, CardVerbs.WishesPage, (CardVerbs.PageKey, page.ToString(CultureInfo.InvariantCulture)),
            (CardVerbs.FilterKey, filter ?? string.Empty)) with { AssociatedInputs = AssociatedInputs.None };
}
