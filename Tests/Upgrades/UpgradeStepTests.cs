using Azure;
using Azure.Core.Pipeline;
using Azure.Core;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoordinatorBot.Tests.Upgrades;

/// <summary>
/// The upgrade itself against each release's tables: stopped after any table operation and started again, it ends
/// where an uninterrupted one ends; every row then says its layout; a store or a row of a newer layout is refused.
/// </summary>
[Trait("Category", "Integration")]
public sealed class UpgradeStepTests
{
    public static TheoryData<string> Releases => [.. ReleaseFixture.Names];

    /// <summary>The releases of an older layout than today's, whose store the upgrade brings forward (1-4).</summary>
    public static TheoryData<string> ReleasesToUpgrade => [.. ReleaseFixture.NamesToUpgrade];

    /// <summary>The releases before the fifth, whose rows did not yet say their layout nor their community its channel.</summary>
    public static TheoryData<string> ReleasesBeforeLayouts => [.. ReleaseFixture.Names.Where(name => ReleaseFixture.LayoutOf(name) == StoreLayout.Unversioned)];

    /// <summary>The releases that kept governance marks (from the third on).</summary>
    public static TheoryData<string> ReleasesWithGovernance => [.. ReleaseFixture.Names.Where(name => string.CompareOrdinal(name, "r3") >= 0)];

    [Theory]
    [MemberData(nameof(ReleasesToUpgrade))]
    public async Task An_upgrade_stopped_after_any_operation_ends_where_an_uninterrupted_one_ends(string release)
    {
        var whole = await RestoreAsync(release);
        await Upgrader(whole).BringForwardAsync(default);
        var expected = await RowsAsync(whole);

        var stopped = await RestoreAsync(release);
        var interruptions = 0;
        for (var stopAfter = 1; ; stopAfter += 3)
        {
            using var stop = new CancellationTokenSource();
            var counting = Tables(stopped.Prefix, new StopAfter(stopAfter, stop));
            try
            {
                await Upgrader(counting).BringForwardAsync(stop.Token);
                break;
            }
            catch (OperationCanceledException)
            {
                interruptions++;
            }
        }

        Assert.True(interruptions > 3, $"the upgrade of {release} was stopped only {interruptions} times");
        Assert.Equal(expected, await RowsAsync(stopped));
    }

    [Theory]
    [MemberData(nameof(Releases))]
    public async Task After_the_upgrade_every_row_says_its_layout_and_the_retired_tables_are_gone(string release)
    {
        var tables = await RestoreAsync(release);

        await Upgrader(tables).BringForwardAsync(default);

        foreach (var table in await tables.ExistingAsync(LayoutHistory.AllTables, default))
        {
            Assert.DoesNotContain(table, LayoutHistory.RetiredTables);
            await foreach (var row in tables[table].QueryAsync<TableEntity>())
            {
                var layout = table == TableNames.Settings && row.RowKey == "layout" ? StoreLayout.Current : row.GetInt32(StoreLayout.Property);
                Assert.True(layout == StoreLayout.Current, $"{table} {row.PartitionKey} {row.RowKey}: layout {layout}");
            }
        }

        Assert.Empty(await Upgrader(tables).BringForwardAsync(default));
    }

    [Theory]
    [MemberData(nameof(ReleasesBeforeLayouts))]
    public async Task After_the_upgrade_every_community_says_it_is_a_team(string release)
    {
        var tables = await RestoreAsync(release);
        var before = await CommunityRows(tables).ToListAsync();

        await Upgrader(tables).BringForwardAsync(default);

        Assert.NotEmpty(before);
        Assert.All(before, row => Assert.False(row.ContainsKey("ChannelKind")));
        await AssertEveryCommunitySaysTeamAsync(tables);
    }

    [Theory]
    [MemberData(nameof(Releases))]
    public async Task A_store_brought_to_this_layout_takes_no_further_step_and_keeps_every_row(string release)
    {
        var tables = await RestoreAsync(release);
        await Upgrader(tables).BringForwardAsync(default);
        var before = await RowsAsync(tables);

        Assert.Empty(await Upgrader(tables).BringForwardAsync(default));

        Assert.Equal(before, await RowsAsync(tables));
        await AssertEveryCommunitySaysTeamAsync(tables);
    }

    [Theory]
    [MemberData(nameof(ReleasesWithGovernance))]
    public async Task The_governance_marks_end_newest_first_in_rows_of_their_own_none_lost_and_the_report_reads_each_items_last_and_the_newest(string release)
    {
        var tables = await RestoreAsync(release);
        var reports = tables[TableNames.StatusReports];
        var row = await reports.QueryAsync<TableEntity>("RowKey eq 'governance'").SingleAsync();
        var before = RecordJson.Read<GovernanceReport>(row.GetString("Json"));
        // Before layout 6 the marks were in the report's row; in layout 6 each in a row "g|{ticks}|…", oldest first;
        // from layout 7 (the eighth release) in rows "gh|…", newest first, which the upgrade leaves as they are.
        var marksBefore = before.History
            .Concat(await EntriesAsync(reports, $"PartitionKey eq '{row.PartitionKey}' and RowKey ge 'g|' and RowKey lt 'g|~'"))
            .Concat((await EntriesAsync(reports, GovernanceStore.HistoryFilter(row.PartitionKey))).AsEnumerable().Reverse())
            .ToList();

        await Upgrader(tables).BringForwardAsync(default);

        var after = RecordJson.Read<GovernanceReport>((await reports.GetEntityAsync<TableEntity>(row.PartitionKey, row.RowKey)).Value.GetString("Json"));
        var marks = (await EntriesAsync(reports, GovernanceStore.HistoryFilter(row.PartitionKey))).AsEnumerable().Reverse().ToList();
        var items = await new GovernanceStore(tables, TimeProvider.System).GovernanceAsync(TableKey.Unescape(row.PartitionKey), default);
        Assert.NotEmpty(marksBefore);
        Assert.Empty(after.History);
        Assert.Empty(await EntriesAsync(reports, $"PartitionKey eq '{row.PartitionKey}' and RowKey ge 'g|' and RowKey lt 'g|~'"));
        Assert.Equal(before.TargetLevel, after.TargetLevel);
        Assert.Equal(marksBefore, marks);
        Assert.Equal(marksBefore.GroupBy(m => m.ItemId).ToDictionary(g => g.Key, g => g.Last()), items.Latest);
        Assert.Equal(marksBefore.TakeLast(GovernanceStore.RecentMarks), items.History);
    }

    private static AsyncPageable<TableEntity> CommunityRows(StorageTables tables) =>
        tables[TableNames.Communities].QueryAsync<TableEntity>("RowKey eq 'community'");

    private static async Task AssertEveryCommunitySaysTeamAsync(StorageTables tables)
    {
        await foreach (var row in CommunityRows(tables))
        {
            Assert.Equal("Team", row.GetString("ChannelKind"));
        }
    }

    private static async Task<List<GovernanceEntry>> EntriesAsync(TableClient table, string filter) =>
        [.. (await table.QueryAsync<TableEntity>(filter).ToListAsync()).Select(m => RecordJson.Read<GovernanceEntry>(m.GetString("Json")))];

    [Fact]
    public async Task A_store_of_a_newer_layout_is_refused_and_left_as_it_is()
    {
        var tables = new StorageTables(new TableServiceClient(TestSettings.StorageConnectionString), TestSettings.NewTablePrefix());
        await tables.CreateAllAsync(default);
        await new StoreLayoutRow(tables, TimeProvider.System).WriteAsync(StoreLayout.Current + 1, "6.0.0", default);

        var refused = await Assert.ThrowsAsync<NewerLayoutException>(() => Upgrader(tables).BringForwardAsync(default));

        Assert.Equal(StoreLayout.Current + 1, refused.Layout);
        Assert.Equal(StoreLayout.Current + 1, await new StoreLayoutRow(tables, TimeProvider.System).ReadAsync(default));
    }

    [Fact]
    public async Task A_row_a_newer_release_wrote_is_neither_read_nor_written_over()
    {
        var tables = new StorageTables(new TableServiceClient(TestSettings.StorageConnectionString), TestSettings.NewTablePrefix());
        await tables.CreateAllAsync(default);
        var newer = new TableEntity(TableKey.Escape("team"), "aad-1")
        {
            [StoreLayout.Property] = StoreLayout.Current + 1, ["Name"] = "Ny form", ["Roles"] = "Coordinator",
        };
        await tables[TableNames.Members].AddEntityAsync(newer);
        var members = new CoordinatorBot.Storage.Communities.MemberStore(tables);

        var refused = await Record.ExceptionAsync(() => members.UpdateAsync("team", "aad-1", m => m, default));

        Assert.IsType<NewerLayoutException>(refused.GetBaseException());
        var stored = (await tables[TableNames.Members].GetEntityAsync<TableEntity>(newer.PartitionKey, newer.RowKey)).Value;
        Assert.Equal(StoreLayout.Current + 1, stored.GetInt32(StoreLayout.Property));
        Assert.Equal("Ny form", stored.GetString("Name"));
    }

    [Fact]
    public async Task A_new_store_is_marked_with_this_layout_and_needs_no_steps()
    {
        var tables = new StorageTables(new TableServiceClient(TestSettings.StorageConnectionString), TestSettings.NewTablePrefix());
        await tables.CreateAllAsync(default);

        Assert.Empty(await Upgrader(tables).BringForwardAsync(default));
        Assert.Equal(StoreLayout.Current, await new StoreLayoutRow(tables, TimeProvider.System).ReadAsync(default));
    }

    private static async Task<StorageTables> RestoreAsync(string release)
    {
        var tables = new StorageTables(new TableServiceClient(TestSettings.StorageConnectionString), TestSettings.NewTablePrefix());
        using var archive = ArchiveReader.Open(Path.Combine(ReleaseFixture.Folder, release));
        await new TableRestore(tables, new StoreLayoutRow(tables, TimeProvider.System)).RestoreAsync(archive, replace: false, default);
        // As the bot does before its upgrade.
        await tables.CreateAllAsync(default);
        return tables;
    }

    private static StoreUpgrader Upgrader(StorageTables tables) => new(tables, new StoreLayoutRow(tables, TimeProvider.System),
        new LeaseStore(tables), TimeProvider.System, NullLogger<StoreUpgrader>.Instance);

    private static StorageTables Tables(string prefix, HttpPipelinePolicy policy)
    {
        var options = new TableClientOptions();
        options.AddPolicy(policy, HttpPipelinePosition.PerCall);
        return new StorageTables(new TableServiceClient(TestSettings.StorageConnectionString, options), prefix);
    }

    /// <summary>Every row (without the service's own Timestamp and ETag, and the layout row's time of writing).</summary>
    private static async Task<IReadOnlyList<string>> RowsAsync(StorageTables tables)
    {
        var rows = new List<string>();
        foreach (var table in await tables.ExistingAsync(LayoutHistory.AllTables, default))
        {
            await foreach (var row in tables[table].QueryAsync<TableEntity>())
            {
                row.Remove("UpdatedAt");
                rows.Add($"{table} {row.PartitionKey} {row.RowKey} " + string.Join(", ", row
                    .Where(p => p.Key is not ("Timestamp" or "odata.etag" or "PartitionKey" or "RowKey"))
                    .OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")));
            }
        }

        return rows;
    }

    /// <summary>Stops the work after a number of table operations, as a process killed at that moment would.</summary>
    private sealed class StopAfter(int operations, CancellationTokenSource stop) : HttpPipelineSynchronousPolicy
    {
        private int _count;

        public override void OnSendingRequest(HttpMessage message)
        {
            if (Interlocked.Increment(ref _count) > operations)
            {
                stop.Cancel();
                message.CancellationToken.ThrowIfCancellationRequested();
            }
        }
    }
}
