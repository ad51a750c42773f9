using CoordinatorBot.Domain.Status;

namespace CoordinatorBot.Storage.Status;

/// <summary>
/// The governance report, in the community's partition of the status reports' table: its target level
/// ("governance"), each item's newest marks (<see cref="GovernanceItemRow"/>, "gi|G3") and every mark ever set, newest
/// first ("gh|{ticks to the end of time}|…"). Reading the report is one query of the items' rows, whatever the
/// history's length; a mark is written with its item's row in one transaction, so the two never disagree. A mark
/// goes on from this instance's reading of the last seconds, kept as written; an item's row or the report's row
/// changed elsewhere meanwhile fails the write on its version, and the mark reads that item's row anew (the whole report
/// when it was setting the level).
/// </summary>
public sealed class GovernanceStore(StorageTables tables, TimeProvider time)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromSeconds(10);

    // Far more than the communities of one deployment.
    private const int KeptCommunities = 1024;

    private readonly KeptReadings<string, GovernanceRead> _kept = new(time, KeptFor, KeptCommunities, StringComparer.Ordinal);

    /// <summary>
    /// How many of the newest marks a report is read with (what its card shows), and so how many an item's row keeps:
    /// each is read on every turn of the card, up to 43 times.
    /// </summary>
    public const int RecentMarks = 5;

    private const string ItemPrefix = "gi|";
    private const string HistoryPrefix = "gh|";
    private TableClient Table => tables[TableNames.StatusReports];

    /// <summary>The governance report: its target level, each item's latest mark and the newest marks.</summary>
    public async Task<GovernanceReport> GovernanceAsync(string communityId, CancellationToken cancellationToken) =>
        (await ReadAsync(TableKey.Escape(communityId), cancellationToken)).Report;

    /// <summary>
    /// Adds one mark, and sets the target level when it changes; the report as it stands after. Marks of different
    /// items set at once never wait on each other; two of one item at once are both kept, the second written after
    /// reading the first (its item's row is written over its version), and the one set later in time is the item's
    /// latest. A change of the level is written over the report row's version.
    /// </summary>
    public async Task<GovernanceReport> MarkGovernanceAsync(string communityId, GovernanceEntry entry, GovernanceLevel level,
        CancellationToken cancellationToken)
    {
        var partition = TableKey.Escape(communityId);
        GovernanceRead? outdated = null;
        for (var attempt = 1; ; attempt++)
        {
            // A change of the level reads anew: the level kept may be another instance's older one. A mark whose item's
            // row alone had changed reads that row again, not the report: a reading kept while marks were written
            // misses some of them, and each would otherwise cost the next mark of its item a query.
            var read = outdated is not null ? await WithItemReadAsync(partition, outdated, entry.ItemId, cancellationToken)
                : attempt == 1 && _kept.TryGet(partition, out var kept) && kept.Version is not null && kept.Report.TargetLevel == level
                ? kept
                : await ReadAsync(partition, cancellationToken);
            // The same press delivered again: its mark is among its item's newest (a kept reading that misses it fails
            // the write on the item's version, and the reading after finds it).
            if (entry.DeliveredBy is { } press && Item(read, entry.ItemId).Row.Holds(press))
            {
                return read.Report;
            }

            var item = Item(read, entry.ItemId).Row.With(entry);
            List<TableTransactionAction> actions = [HistoryAction(partition, entry, 0), ItemAction(partition, read, entry.ItemId, item)];
            if (read.Version is null || read.Report.TargetLevel != level)
            {
                actions.Add(ReportRowAction(partition, level, read.Version));
            }

            if (await TrySubmitAsync(actions, attempt, cancellationToken) is { } written)
            {
                var levelVersion = actions.Count > 2 ? written[2].Headers.ETag : null;
                if (written[1].Headers.ETag is not { } itemVersion || (actions.Count > 2 && levelVersion is null))
                {
                    // Without the new versions a mark could not be written over them: the next reads.
                    _kept.Forget(partition);
                    return (await ReadAsync(partition, cancellationToken)).Report;
                }

                var after = With(read, entry.ItemId, item, itemVersion, level, levelVersion);
                // Written into what this instance keeps now, which other marks of this instance may have changed meanwhile.
                if (_kept.TryGet(partition, out _))
                {
                    _kept.Change(partition, current => With(current, entry.ItemId, item, itemVersion, level, levelVersion));
                }
                else
                {
                    _kept.Keep(partition, after, time.GetUtcNow());
                }

                return after.Report;
            }

            outdated = actions.Count == 2 ? read : null;
        }
    }

    /// <summary>
    /// Adds the marks <paramref name="marks"/> chooses from the report as read, all or none, written over the report
    /// row's version so that two at once do not both add them; the marks added.
    /// </summary>
    public async Task<IReadOnlyList<GovernanceEntry>> AddGovernanceMarksAsync(string communityId,
        Func<GovernanceReport, IReadOnlyList<GovernanceEntry>> marks, CancellationToken cancellationToken)
    {
        var partition = TableKey.Escape(communityId);
        for (var attempt = 1; ; attempt++)
        {
            var read = await ReadAsync(partition, cancellationToken);
            var added = marks(read.Report);
            if (added.Count == 0)
            {
                return added;
            }

            // A row per mark and per item: a transaction (at most 100 operations) holds every item of the checklist twice.
            List<TableTransactionAction> actions = [.. added.Select((entry, i) => HistoryAction(partition, entry, i)),
                .. added.GroupBy(e => e.ItemId, StringComparer.Ordinal)
                    .Select(marked => ItemAction(partition, read, marked.Key, marked.Aggregate(Item(read, marked.Key).Row, (row, mark) => row.With(mark)))),
                ReportRowAction(partition, read.Report.TargetLevel, read.Version)];
            if (await TrySubmitAsync(actions, attempt, cancellationToken) is not null)
            {
                _kept.Forget(partition);
                return added;
            }
        }
    }

    /// <summary>
    /// A mark's history row: "gh|{ticks to the end of time}|{999 − order within one write}{unique}", so that the newest
    /// sorts first, the marks of one write come back in the order written, and two set in the same tick are both kept.
    /// </summary>
    public static string HistoryKey(DateTimeOffset at, int order, string unique) =>
        $"{HistoryPrefix}{DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks:D19}|{999 - order:D3}{unique}";

    /// <summary>An item's row with its newest marks.</summary>
    public static string ItemKey(string itemId) => ItemPrefix + itemId;

    /// <summary>The filter of a partition's history rows.</summary>
    public static string HistoryFilter(string partition) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {HistoryPrefix} and RowKey lt {HistoryPrefix + "~"}");

    /// <summary>
    /// The report row and the items' rows, in one query: "gi|…" sorts just before "governance", and nothing else of the
    /// partition lies between. The report's history is the newest of the items' newest marks.
    /// </summary>
    private async Task<GovernanceRead> ReadAsync(string partition, CancellationToken cancellationToken)
    {
        var readAt = time.GetUtcNow();
        var level = GovernanceLevel.One;
        ETag? version = null;
        var items = new Dictionary<string, (GovernanceItemRow Row, ETag Version)>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {ItemPrefix} and RowKey le {GovernanceReportRow.RowKey}");
        await foreach (var row in Table.QueryAsync<JsonEntity>(filter, cancellationToken: cancellationToken))
        {
            if (row.RowKey == GovernanceReportRow.RowKey)
            {
                level = RecordJson.Read<GovernanceReportRow>(row.Json).TargetLevel;
                version = row.ETag;
            }
            else if (row.RowKey.StartsWith(ItemPrefix, StringComparison.Ordinal))
            {
                items[row.RowKey[ItemPrefix.Length..]] = (RecordJson.Read<GovernanceItemRow>(row.Json), row.ETag);
            }
        }

        var read = new GovernanceRead(Report(level, items), version, items);
        _kept.Keep(partition, read, readAt);
        return read;
    }

    /// <summary>
    /// <paramref name="read"/> with one item's row as stored now (one point read), kept so: the row's version is newer
    /// than any this instance holds of it.
    /// </summary>
    private async Task<GovernanceRead> WithItemReadAsync(string partition, GovernanceRead read, string itemId, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<JsonEntity>(partition, ItemKey(itemId), cancellationToken: cancellationToken);
        (GovernanceItemRow, ETag)? stored = row.HasValue ? (RecordJson.Read<GovernanceItemRow>(row.Value!.Json), row.Value.ETag) : null;
        _kept.Change(partition, current => WithItem(current, itemId, stored));
        return WithItem(read, itemId, stored);
    }

    private static GovernanceRead WithItem(GovernanceRead read, string itemId, (GovernanceItemRow Row, ETag Version)? stored)
    {
        var items = new Dictionary<string, (GovernanceItemRow Row, ETag Version)>(read.Items, StringComparer.Ordinal);
        if (stored is { } found)
        {
            items[itemId] = found;
        }
        else
        {
            items.Remove(itemId);
        }

        return read with { Report = Report(read.Report.TargetLevel, items), Items = items };
    }

    /// <summary>A reading with one item's row as just written, and the report's row too when the level was written.</summary>
    private static GovernanceRead With(GovernanceRead read, string itemId, GovernanceItemRow row, ETag version, GovernanceLevel level, ETag? levelVersion)
    {
        var written = WithItem(read, itemId, (row, version));
        return levelVersion is { } set ? new GovernanceRead(Report(level, written.Items), set, written.Items) : written;
    }

    /// <summary>The report the items' rows make: each item's last mark, and the newest of their newest marks.</summary>
    private static GovernanceReport Report(GovernanceLevel level, IReadOnlyDictionary<string, (GovernanceItemRow Row, ETag Version)> items) => new()
    {
        TargetLevel = level,
        Latest = items.Where(i => i.Value.Row.Recent.Count > 0).ToDictionary(i => i.Key, i => i.Value.Row.Recent[^1], StringComparer.Ordinal),
        // Marks set in one moment (taken together) in the checklist's order.
        History = [.. items.Values.SelectMany(i => i.Row.Recent).OrderBy(e => e.At).ThenBy(e => GovernanceChecklist.Order(e.ItemId)).TakeLast(RecentMarks)],
    };

    /// <summary>The transaction's answers, or null when a version read had changed (and tries are left).</summary>
    private async Task<IReadOnlyList<Response>?> TrySubmitAsync(IReadOnlyList<TableTransactionAction> actions, int attempt, CancellationToken cancellationToken)
    {
        try
        {
            return (await Table.SubmitTransactionAsync(actions, cancellationToken)).Value;
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412 && attempt < OptimisticWrite.MaxAttempts)
        {
            return null;
        }
    }

    private static TableTransactionAction ReportRowAction(string partition, GovernanceLevel level, ETag? version)
    {
        var row = new JsonEntity { PartitionKey = partition, RowKey = GovernanceReportRow.RowKey, Json = RecordJson.Write(new GovernanceReportRow(level, [])) };
        return version is { } read ? new(TableTransactionActionType.UpdateReplace, row, read) : new(TableTransactionActionType.Add, row);
    }

    /// <summary>An item's row as read, or an empty one with no version when it has none yet.</summary>
    private static (GovernanceItemRow Row, ETag? Version) Item(GovernanceRead read, string itemId) =>
        read.Items.TryGetValue(itemId, out var found) ? found : (new GovernanceItemRow([]), null);

    /// <summary>An item's row with its new marks, written over the version read (or added when there was none).</summary>
    private static TableTransactionAction ItemAction(string partition, GovernanceRead read, string itemId, GovernanceItemRow row)
    {
        var entity = new JsonEntity { PartitionKey = partition, RowKey = ItemKey(itemId), Json = RecordJson.Write(row) };
        return Item(read, itemId).Version is { } known ? new(TableTransactionActionType.UpdateReplace, entity, known) : new(TableTransactionActionType.Add, entity);
    }

    private static TableTransactionAction HistoryAction(string partition, GovernanceEntry entry, int order) => new(TableTransactionActionType.Add,
        new JsonEntity { PartitionKey = partition, RowKey = HistoryKey(entry.At, order, Guid.NewGuid().ToString("N")[..8]), Json = RecordJson.Write(entry) });

    private sealed record GovernanceRead(GovernanceReport Report, ETag? Version, IReadOnlyDictionary<string, (GovernanceItemRow Row, ETag Version)> Items);
}
