namespace CoordinatorBot.Tests.Cards;

/// <summary>
/// The releases' cards for <see cref="CardGallery"/>, each at its largest: every text at its limit, as many items,
/// releases and decisions as a card lists; and a decision's record showing the release that carried it out.
/// </summary>
public static class ReleasesGallery
{
    private static readonly DateOnly Today = new(2026, 12, 4);

    public static IEnumerable<(string, AdaptiveCard)> ForLanguage(Texts t)
    {
        var items = Enumerable.Range(1, ReleaseCard.MaxItems + 5).Select(i => new BacklogItem
        {
            Number = i, Title = AtLimit.Text(TextLimits.WishTitle), Need = "Som borger …", Class = MoscowClass.Must, Supplier = AtLimit.Text(TextLimits.SupplierName),
            RaisedById = "aad-ida", Municipalities = [.. Enumerable.Range(0, 40).Select(m => $"Kommune {m}")], Status = ItemStatus.Delivered,
            ReleaseVersion = i % 2 == 0 ? null : "3.2.0",
        }).ToList();
        var decisions = Enumerable.Range(1, 36).Select(i => ($"B-2026-{i:000}", AtLimit.Text(TextLimits.DecisionTitle))).ToList();
        var release = new Release
        {
            Version = AtLimit.Text(TextLimits.ReleaseVersion), Date = Today, Summary = AtLimit.Text(TextLimits.ReleaseSummary),
            Notes = AtLimit.Text(TextLimits.ReleaseNotes), Decisions = [.. decisions.Select(d => d.Item1)], Source = ReleaseSource.GitHub,
            Url = "https://github.com/OS2mo/os2mo/releases/tag/v3.2.0", RecordedAt = DateTimeOffset.UnixEpoch,
        };
        var releases = Enumerable.Range(0, ReleaseListCard.MaxShown + 5).Select(i => release with { Version = $"3.{i}.0" }).ToList();

        yield return ("release-one", ReleaseCard.Compose(t, release, items, decisions));
        yield return ("release-announced", ReleaseCard.Compose(t, release, items, decisions, announcedFor: AtLimit.Text(TextLimits.ProductName)));
        yield return ("release-empty", ReleaseCard.Compose(t, release with { Source = ReleaseSource.Coordinator, Url = null, Decisions = [], Notes = "" }, [], []));
        yield return ("releases-list-supplier", ReleaseListCard.Compose(t, releases, items, "OS2mo/os2mo", 10, null, mayEnter: false, items));
        yield return ("releases-list-coordinator", ReleaseListCard.Compose(t, releases, items, AtLimit.Text(TextLimits.ReleaseRepository), 10,
            ReleaseFaultText.Of(t, ReleaseFault.NotFound, AtLimit.Text(TextLimits.ReleaseRepository), "kl. 10.15"), mayEnter: true, []));
        yield return ("releases-list-empty", ReleaseListCard.Compose(t, [], [], null, 10, null, mayEnter: true, []));
        yield return ("release-form", ReleaseForm.Compose(t, Today));
        yield return ("release-form-refused", ReleaseForm.Compose(t, Today,
            new ReleaseEntry(AtLimit.Text(TextLimits.ReleaseVersion), Today, AtLimit.Text(TextLimits.ReleaseSummary), AtLimit.Text(TextLimits.ReleaseNotes),
                [.. decisions.Select(d => d.Item1)]),
            Enum.GetValues<ReleaseProblem>()));
        yield return ("release-notice", ReleaseNoticeCard.Compose(t, t.ReleasesTitle, AtLimit.Text(TextLimits.ReleaseSummary)));
    }
}
