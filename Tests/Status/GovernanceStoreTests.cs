namespace CoordinatorBot.Tests.Status;

/// <summary>The governance report's rows in Azurite: marks set at once are all kept, the history never outgrows a row.</summary>
[Trait("Category", "Integration")]
public sealed class GovernanceStoreTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-12-06T10:00:00Z", CultureInfo.InvariantCulture);

    private StatusStore Store => new(storage.Tables);

    [Fact]
    public async Task Sixteen_marks_set_at_once_are_all_kept_and_the_last_level_set_counts()
    {
        var community = $"gov-{Guid.NewGuid():N}";
        var items = GovernanceChecklist.Items.Take(16).ToList();

        await Task.WhenAll(items.Select((item, i) => Store.MarkGovernanceAsync(community,
            new GovernanceEntry(item.Id, GovernanceMark.Met, $"Bevis {i}", "Katrine Kruse", Now.AddSeconds(i)), GovernanceLevel.Two, default)));

        var report = await Store.GovernanceAsync(community, default);
        Assert.Equal(16, report.History.Count);
        Assert.All(items, item => Assert.Equal(GovernanceMark.Met, report.MarkOf(item.Id)));
        Assert.Equal(GovernanceLevel.Two, report.TargetLevel);
        Assert.Equal([.. report.History.OrderBy(e => e.At)], report.History);
    }

    [Fact]
    public async Task Three_hundred_marks_with_the_longest_evidence_are_all_read_back()
    {
        // In one row these would be 150,000 characters of JSON: more than a Table Storage property holds (64 KiB).
        var community = $"gov-{Guid.NewGuid():N}";
        var evidence = new string('x', TextLimits.GovernanceEvidence);
        for (var i = 0; i < 300; i++)
        {
            var item = GovernanceChecklist.Items[i % GovernanceChecklist.Items.Count];
            await Store.MarkGovernanceAsync(community, new GovernanceEntry(item.Id, (GovernanceMark)(i % 5), evidence, "Katrine Kruse", Now.AddMinutes(i)),
                GovernanceLevel.One, default);
        }

        var report = await Store.GovernanceAsync(community, default);
        Assert.Equal(300, report.History.Count);
        Assert.Equal(Now.AddMinutes(299), report.History[^1].At);
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
        Assert.Equal(2, (await Store.GovernanceAsync(community, default)).History.Count);
    }
}
