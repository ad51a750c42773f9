namespace CoordinatorBot.Tests.Status;

/// <summary>
/// The governance report's rows in Azurite: marks set at once are all kept, the history never outgrows a row, and a
/// report is read as its items' latest marks and its newest marks, however long its history.
/// </summary>
[Trait("Category", "Integration")]
public sealed class GovernanceStoreTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-12-06T10:00:00Z", CultureInfo.InvariantCulture);

    private GovernanceStore Store => new(storage.Tables, TimeProvider.System);

    [Fact]
    public async Task Sixteen_marks_set_at_once_are_all_kept_and_the_last_level_set_counts()
    {
        var community = $"gov-{Guid.NewGuid():N}";
        var items = GovernanceChecklist.Items.Take(16).ToList();

        await Task.WhenAll(items.Select((item, i) => Store.MarkGovernanceAsync(community,
            new GovernanceEntry(item.Id, GovernanceMark.Met, $"Bevis {i}", "Katrine Kruse", Now.AddSeconds(i)), GovernanceLevel.Two, default)));

        var report = await Store.GovernanceAsync(community, default);
        Assert.Equal(16, (await HistoryAsync(community)).Count);
        Assert.All(items, item => Assert.Equal(GovernanceMark.Met, report.MarkOf(item.Id)));
        Assert.Equal(GovernanceLevel.Two, report.TargetLevel);
        Assert.Equal([.. items.Skip(16 - GovernanceStore.RecentMarks).Select(i => i.Id)], report.History.Select(e => e.ItemId));
    }

    [Fact]
    public async Task Eight_marks_of_one_item_at_once_are_all_kept_and_the_one_set_last_in_time_is_its_mark()
    {
        var community = $"gov-{Guid.NewGuid():N}";
        var marks = Enumerable.Range(0, 8).Select(i => new GovernanceEntry("G3", (GovernanceMark)(1 + i % 4), $"Bevis {i}", "Katrine Kruse", Now.AddSeconds(i))).ToList();

        await Task.WhenAll(marks.Select(mark => Store.MarkGovernanceAsync(community, mark, GovernanceLevel.One, default)));

        Assert.Equal(marks[^1], (await Store.GovernanceAsync(community, default)).Entry("G3"));
        Assert.Equal(marks, [.. (await HistoryAsync(community)).OrderBy(e => e.At)]);
    }

    [Fact]
    public async Task Three_hundred_marks_with_the_longest_evidence_are_all_kept_and_a_read_takes_each_items_last_and_the_newest()
    {
        // In one row these would be 150,000 characters of JSON: more than a Table Storage property holds (64 KiB).
        var community = $"gov-{Guid.NewGuid():N}";
        var evidence = new string('x', TextLimits.GovernanceEvidence);
        var marks = new List<GovernanceEntry>();
        for (var i = 0; i < 300; i++)
        {
            var item = GovernanceChecklist.Items[i % GovernanceChecklist.Items.Count];
            marks.Add(new GovernanceEntry(item.Id, (GovernanceMark)(i % 5), evidence, "Katrine Kruse", Now.AddMinutes(i)));
            await Store.MarkGovernanceAsync(community, marks[^1], GovernanceLevel.One, default);
        }

        var report = await Store.GovernanceAsync(community, default);
        Assert.Equal(marks, await HistoryAsync(community));
        Assert.Equal(marks.TakeLast(GovernanceStore.RecentMarks), report.History);
        Assert.All(GovernanceChecklist.Items, item => Assert.Equal(marks.Last(m => m.ItemId == item.Id), report.Entry(item.Id)));
    }

    [Fact]
    public async Task Suggestions_taken_by_two_at_once_are_added_once()
    {
        var community = $"gov-{Guid.NewGuid():N}";
        IReadOnlyList<GovernanceEntry> Unassessed(GovernanceReport report) =>
            [.. new[] { "G3", "G6" }.Where(id => report.MarkOf(id) == GovernanceMark.NotAssessed)
                .Select(id => new GovernanceEntry(id, GovernanceMark.Met, "Forslag", "Katrine Kruse", Now))];

        var added = await Task.WhenAll(Store.AddGovernanceMarksAsync(community, Unassessed, default), Store.AddGovernanceMarksAsync(community, Unassessed, default));

        Assert.Equal(2, added.Sum(a => a.Count));
        Assert.Equal(["G3", "G6"], (await Store.GovernanceAsync(community, default)).History.Select(e => e.ItemId));
        Assert.Equal(2, (await HistoryAsync(community)).Count);
    }

    [Fact]
    public async Task Every_item_of_the_checklist_taken_at_once_fits_one_transaction()
    {
        var community = $"gov-{Guid.NewGuid():N}";

        var added = await Store.AddGovernanceMarksAsync(community,
            _ => [.. GovernanceChecklist.Items.Select(i => new GovernanceEntry(i.Id, GovernanceMark.Met, "Forslag", "Katrine Kruse", Now))], default);

        var report = await Store.GovernanceAsync(community, default);
        Assert.Equal(GovernanceChecklist.Items.Count, added.Count);
        Assert.All(GovernanceChecklist.Items, item => Assert.Equal(GovernanceMark.Met, report.MarkOf(item.Id)));
        Assert.Equal(added.TakeLast(GovernanceStore.RecentMarks), report.History);
    }

    [Fact]
    public async Task A_mark_on_an_instances_kept_reading_loses_nothing_another_instance_wrote_meanwhile()
    {
        var community = $"gov-{Guid.NewGuid():N}";
        var (tables, requests) = TableRequests.Over(storage.Tables);
        var here = new GovernanceStore(tables, TimeProvider.System);
        var there = new GovernanceStore(storage.Tables, TimeProvider.System);
        await there.MarkGovernanceAsync(community, Entry("G1", GovernanceMark.Unclear, -1), GovernanceLevel.One, default);
        await here.GovernanceAsync(community, default);

        // The other instance marks G3 and G5; this one, on its reading from before, marks G3 and then G7.
        var theirs = new[] { Entry("G3", GovernanceMark.NotMet, 0), Entry("G5", GovernanceMark.Met, 1) };
        foreach (var mark in theirs)
        {
            await there.MarkGovernanceAsync(community, mark, GovernanceLevel.One, default);
        }

        var before = requests.Count;
        var g3 = await here.MarkGovernanceAsync(community, Entry("G3", GovernanceMark.Met, 2), GovernanceLevel.One, default);
        Assert.Equal([GovernanceMark.NotMet, GovernanceMark.Met], g3.History.Where(e => e.ItemId == "G3").Select(e => e.Mark));
        // Only G3's row was read again, not the report: marks at once on a busy card stay one write each.
        Assert.Equal((0, 1), (requests.Queries(TableNames.StatusReports, before), requests.PointReads(TableNames.StatusReports, before)));
        await here.MarkGovernanceAsync(community, Entry("G7", GovernanceMark.Unclear, 3), GovernanceLevel.One, default);

        var stored = await Store.GovernanceAsync(community, default);
        Assert.Equal(["G1", "G3", "G5", "G3", "G7"], (await HistoryAsync(community)).Select(e => e.ItemId));
        Assert.Equal((GovernanceMark.Met, GovernanceMark.Met, GovernanceMark.Unclear), (stored.MarkOf("G3"), stored.MarkOf("G5"), stored.MarkOf("G7")));

        // A change of the level is never made on a kept reading: the other instance's level is read first.
        await there.MarkGovernanceAsync(community, Entry("G1", GovernanceMark.Met, 4), GovernanceLevel.Three, default);
        var level = await here.MarkGovernanceAsync(community, Entry("G2", GovernanceMark.Met, 5), GovernanceLevel.Two, default);
        Assert.Equal((GovernanceLevel.Two, GovernanceMark.Met), (level.TargetLevel, level.MarkOf("G1")));
    }

    [Fact]
    public async Task A_press_delivered_again_is_kept_once_even_after_another_mark_and_a_new_press_alike_is_kept()
    {
        var community = $"gov-{Guid.NewGuid():N}";
        var press = Entry("G3", GovernanceMark.Met, 0) with { DeliveredBy = "press-1" };
        await Store.MarkGovernanceAsync(community, press, GovernanceLevel.One, default);
        await Store.MarkGovernanceAsync(community, Entry("G3", GovernanceMark.NotMet, 1) with { DeliveredBy = "press-2" }, GovernanceLevel.One, default);

        // Teams delivers the first press again, a moment later: the newer mark stays the item's.
        var again = await Store.MarkGovernanceAsync(community, press with { At = Now.AddSeconds(2) }, GovernanceLevel.One, default);
        Assert.Equal(GovernanceMark.NotMet, again.MarkOf("G3"));

        // The same mark set back by a press of its own is kept.
        await Store.MarkGovernanceAsync(community, Entry("G3", GovernanceMark.Met, 3) with { DeliveredBy = "press-3" }, GovernanceLevel.One, default);
        Assert.Equal([GovernanceMark.Met, GovernanceMark.NotMet, GovernanceMark.Met], (await HistoryAsync(community)).Select(e => e.Mark));
    }

    private static GovernanceEntry Entry(string itemId, GovernanceMark mark, int seconds) =>
        new(itemId, mark, $"Bevis {seconds}", "Katrine Kruse", Now.AddSeconds(seconds));

    /// <summary>Every mark stored, oldest first, read straight from the table.</summary>
    private async Task<List<GovernanceEntry>> HistoryAsync(string community)
    {
        var rows = await storage.Tables[TableNames.StatusReports].QueryAsync<JsonEntity>(GovernanceStore.HistoryFilter(TableKey.Escape(community))).ToListAsync();
        return [.. rows.Select(r => RecordJson.Read<GovernanceEntry>(r.Json)).Reverse()];
    }
}
