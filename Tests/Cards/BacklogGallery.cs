namespace CoordinatorBot.Tests.Cards;

/// <summary>The backlog's cards in their states, for <see cref="CardGallery"/>, and fed with hostile text for <see cref="HostileDataGallery"/>.</summary>
public static class BacklogGallery
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-27T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static IEnumerable<(string, AdaptiveCard)> ForLanguage(Texts t) => Cards(t, "Login med MitID", "Som borger ønsker jeg at logge ind med MitID, så jeg slipper for adgangskoder.", "Magenta ApS");

    // Cards that show no typed text (an empty form or list) have nothing hostile to show.
    private static readonly HashSet<string> Silent = new(StringComparer.Ordinal) { "wish-form", "wish-form-own", "wish-list-empty", "board-empty" };

    public static IEnumerable<(string, AdaptiveCard)> Hostile(Texts t) =>
        Cards(t, HostileDataGallery.All, HostileDataGallery.Lines, HostileDataGallery.All).Where(c => !Silent.Contains(c.Item1))
            .Select(c => ($"backlog-{c.Item1}", c.Item2));

    private static IEnumerable<(string, AdaptiveCard)> Cards(Texts t, string title, string need, string supplier)
    {
        var wishes = Enumerable.Range(1, 14).Select(i => new Wish
        {
            Number = i, Title = $"{title} {i}", Need = need, Municipality = Municipalities.All[i], RaisedById = "aad-1", RaisedByName = title,
            RaisedAt = Now.AddDays(-i), Importance = (WishImportance)(i % 3),
        }).ToList();
        var rows = wishes.Select((w, i) => new WishRow(w, [.. Municipalities.All.Skip(i).Take(i % 5 + 1)], i % 5 >= 2)).ToList();
        var view = new WishListView([.. rows.Take(WishListView.PageSize)], 0, rows.Count, 3, title, "Aarhus", OnBehalf: true, CanTriage: true);
        var wishView = new WishCardView(rows[3], Zone, "Aarhus", OnBehalf: true, CanTriage: true, CanMerge: true, [supplier, "Netcompany"],
            [.. wishes.Select(w => (w.Number, w.Title))], new HashSet<string> { rows[3].Municipalities[0] });
        yield return ("wish-form", WishForm.Compose(t, null));
        yield return ("wish-form-own", WishForm.Compose(t, "Aarhus", new WishForm.Entered(title, need, null, "High"), t.WishTitleError));
        yield return ("wish-form-similar", WishForm.Compose(t, "Aarhus", new WishForm.Entered(title, need, null, null), null,
            [new SimilarWish(1, title, 3, false, true), new SimilarWish(2, title, 1, true, false)]));
        yield return ("wish-list", WishList.Compose(t, view, new Notice(t.WishSupported(1, "Aarhus Kommune"), false)));
        yield return ("wish-list-read-only", WishList.Compose(t, view with { SupportFor = null, OnBehalf = false, CanTriage = false, Page = 1 }));
        yield return ("wish-coordinator", WishCard.Compose(t, wishView, new Notice(t.WishDeclineNeedsReason, true)));
        yield return ("wish-read-only", WishCard.Compose(t, wishView with { SupportFor = null, OnBehalf = false, CanTriage = false, CanMerge = false, Suppliers = [] }));
        yield return ("wish-triage-no-suppliers", WishCard.Compose(t, wishView with { OnBehalf = false, CanMerge = false, Suppliers = [] }));
        yield return ("wish-list-empty", WishList.Compose(t, view with { Rows = [], Total = 0, Filter = null }));

        var item = ItemLifecycle.Accept(wishes[0], MoscowClass.Must, new Estimate(400, 250000), supplier, [need, title, "Kan logge ud"],
            ["Aarhus", "Odense", "Vejle"], title, Now);
        var escalated = ItemLifecycle.Escalate(item, "B-2026-014", title, Now)!;
        var prioritised = ItemLifecycle.Decided(escalated, "B-2026-014", true, title, Now)!;
        var inTest = prioritised with { Status = ItemStatus.InTest, IssueUrl = "https://github.com/OS2mo/os2mo/issues/12" };
        var items = Enum.GetValues<MoscowClass>().SelectMany(c => Enumerable.Range(0, 14).Select(i => item with
        {
            Number = (int)c * 100 + i, Class = c, Status = (ItemStatus)(i % 6), Estimate = new Estimate(i * 7.5m, i % 2 == 0 ? null : i * 10000m),
        })).ToList();
        var budget = new BacklogBudget(400, 300000, BudgetPeriod.Quarter);
        yield return ("item-new-beyond", ItemCard.Compose(t, new ItemView(item, Zone, false, true, true, true)));
        yield return ("item-escalated", ItemCard.Compose(t, new ItemView(escalated, Zone, false, true, true, true)));
        yield return ("item-supplier-in-test", ItemCard.Compose(t, new ItemView(inTest, Zone, true, false, false, false),
            new Notice(t.ItemMoved(1, t.ItemStatusName(ItemStatus.InTest)), false)));
        yield return ("item-supplier-prioritised", ItemCard.Compose(t, new ItemView(prioritised with { Criteria = [] }, Zone, true, false, false, false)));
        yield return ("board", BacklogBoardCard.Compose(t, new BoardView(items, budget, new Estimate(120, 90000), new HashSet<int> { 1, 101 },
            new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31))));
        yield return ("board-empty", BacklogBoardCard.Compose(t, new BoardView([], new BacklogBudget(null, null, BudgetPeriod.Year), Estimate.None,
            new HashSet<int>(), new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), new Notice(t.ItemEstimated, false)));
        yield return ("nudge-supplier", NudgeCard.ForMember(t, title, [], [], Zone,
            [new NudgeSection(t.NudgeItemsHeading, [t.NudgeItemLine(1, title, t.ItemStatusName(ItemStatus.InProgress)), t.NudgeItemLine(2, title, t.ItemStatusName(ItemStatus.InTest))])]));
        yield return ("backlog-notice", BacklogNoticeCard.Compose(t, t.WishAcceptedTitle(1), t.WishAcceptedText(title, t.ClassName(MoscowClass.Must)), 1));
        yield return ("backlog-notice-declined", BacklogNoticeCard.Compose(t, t.WishDeclinedTitle(1), t.WishDeclinedText(title, need), null));
    }
}
