using CoordinatorBot.Domain.Status;

namespace CoordinatorBot.Storage.Status;

/// <summary>
/// A community's status reports and governance report, in its partition: the coordinator's draft ("draft"), each
/// published report inserted once under its number ("r|S-2026-03") and never written again, the governance report's
/// target level ("governance") and each of its marks, in a row of its own ("g|{ticks}|…": a history that only grows
/// never outgrows a row).
/// </summary>
public sealed class StatusStore(StorageTables tables)
{
    private const string DraftRow = "draft";
    private const string GovernanceRow = "governance";
    private const string GovernanceMarkPrefix = "g|";
    private TableClient Table => tables[TableNames.StatusReports];

    public async Task<StatusReport?> DraftAsync(string communityId, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<JsonEntity>(TableKey.Escape(communityId), DraftRow, cancellationToken: cancellationToken);
        return row.HasValue ? RecordJson.Read<StatusReport>(row.Value!.Json) : null;
    }

    public async Task SaveDraftAsync(string communityId, StatusReport draft, CancellationToken cancellationToken) =>
        await Table.UpsertEntityAsync(new JsonEntity
        {
            PartitionKey = TableKey.Escape(communityId), RowKey = DraftRow, Json = RecordJson.Write(draft with { Number = null }),
        }, TableUpdateMode.Replace, cancellationToken);

    /// <summary>
    /// Changes the draft with its ETag, never creating one: a mark pressed just after the draft was published finds
    /// none (null) rather than bringing it back to be published again.
    /// </summary>
    public async Task<StatusReport?> UpdateDraftAsync(string communityId, Func<StatusReport, StatusReport> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var row = await Table.GetEntityIfExistsAsync<JsonEntity>(TableKey.Escape(communityId), DraftRow, cancellationToken: cancellationToken);
            if (!row.HasValue)
            {
                return null;
            }

            var next = change(RecordJson.Read<StatusReport>(row.Value!.Json)) with { Number = null };
            try
            {
                await Table.UpdateEntityAsync(new JsonEntity
                {
                    PartitionKey = TableKey.Escape(communityId), RowKey = DraftRow, Json = RecordJson.Write(next),
                }, row.Value.ETag, TableUpdateMode.Replace, cancellationToken);
                return next;
            }
            catch (Azure.RequestFailedException e) when (e.Status == 404)
            {
                return null;
            }
            catch (Azure.RequestFailedException e) when (e.Status == 412 && attempt < OptimisticWrite.MaxAttempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * attempt)), cancellationToken);
            }
        }
    }

    /// <summary>
    /// Takes the draft away to publish it: read and deleted with its ETag, so that of two presses at the same moment
    /// only one gets it (the other gets null) and a report is published once.
    /// </summary>
    public async Task<StatusReport?> TakeDraftAsync(string communityId, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<JsonEntity>(TableKey.Escape(communityId), DraftRow, cancellationToken: cancellationToken);
        if (!row.HasValue)
        {
            return null;
        }

        try
        {
            await Table.DeleteEntityAsync(TableKey.Escape(communityId), DraftRow, row.Value!.ETag, cancellationToken);
        }
        catch (Azure.RequestFailedException e) when (e.Status is 404 or 412)
        {
            return null;
        }

        return RecordJson.Read<StatusReport>(row.Value.Json);
    }

    /// <summary>
    /// Publishes a report under the year's next number: inserted once, so that two publications at the same moment
    /// take two numbers and no stored report is ever replaced.
    /// </summary>
    public async Task<StatusReport> PublishAsync(string communityId, StatusReport report, int year, CancellationToken cancellationToken)
    {
        var taken = (await ListAsync(communityId, cancellationToken)).Where(r => r.Number!.Year == year).Select(r => r.Number!.Sequence).ToList();
        for (var sequence = taken.Count == 0 ? 1 : taken.Max() + 1; ; sequence++)
        {
            var published = report with { Number = new StatusReportNumber(year, sequence) };
            if (await Table.TryInsertAsync(new JsonEntity
                {
                    PartitionKey = TableKey.Escape(communityId), RowKey = Row(published.Number!), Json = RecordJson.Write(published),
                }, cancellationToken))
            {
                return published;
            }
        }
    }

    public async Task<StatusReport?> GetAsync(string communityId, StatusReportNumber number, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<JsonEntity>(TableKey.Escape(communityId), Row(number), cancellationToken: cancellationToken);
        return row.HasValue ? RecordJson.Read<StatusReport>(row.Value!.Json) : null;
    }

    /// <summary>The published reports, oldest first.</summary>
    public async Task<IReadOnlyList<StatusReport>> ListAsync(string communityId, CancellationToken cancellationToken)
    {
        var partition = TableKey.Escape(communityId);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {"r|"} and RowKey lt {"r|~"}");
        var list = new List<StatusReport>();
        await foreach (var row in Table.QueryAsync<JsonEntity>(filter, cancellationToken: cancellationToken))
        {
            list.Add(RecordJson.Read<StatusReport>(row.Json));
        }

        return [.. list.OrderBy(r => r.Number!.Year).ThenBy(r => r.Number!.Sequence)];
    }

    /// <summary>The governance report: its target level and every mark, oldest first, in one query.</summary>
    public async Task<GovernanceReport> GovernanceAsync(string communityId, CancellationToken cancellationToken) =>
        (await ReadGovernanceAsync(TableKey.Escape(communityId), cancellationToken)).Report;

    /// <summary>
    /// Adds one mark, and sets the target level when it changes; the report as it stands after. A mark is a row of its
    /// own, so that marks set at once are all kept without waiting on each other; only a change of the level is written
    /// over the report row's version (two at once: the second reads again).
    /// </summary>
    public async Task<GovernanceReport> MarkGovernanceAsync(string communityId, GovernanceEntry entry, GovernanceLevel level,
        CancellationToken cancellationToken)
    {
        var partition = TableKey.Escape(communityId);
        for (var attempt = 1; ; attempt++)
        {
            var (report, row, version) = await ReadGovernanceAsync(partition, cancellationToken);
            List<TableTransactionAction> actions = [new(TableTransactionActionType.Add, GovernanceEntryRow(partition, entry, 0))];
            if (version is null || report.TargetLevel != level)
            {
                actions.Add(GovernanceRowAction(partition, row with { TargetLevel = level }, version));
            }

            if (await TrySubmitAsync(actions, attempt, cancellationToken))
            {
                return report.With(entry) with { TargetLevel = level };
            }
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
            var (report, row, version) = await ReadGovernanceAsync(partition, cancellationToken);
            var added = marks(report);
            if (added.Count == 0)
            {
                return added;
            }

            List<TableTransactionAction> actions = [.. added.Select((entry, i) => new TableTransactionAction(TableTransactionActionType.Add,
                GovernanceEntryRow(partition, entry, i)))];
            actions.Add(GovernanceRowAction(partition, row, version));
            if (await TrySubmitAsync(actions, attempt, cancellationToken))
            {
                return added;
            }
        }
    }

    /// <summary>
    /// The report with every mark; the report row as stored (the target level; a store not yet brought to layout 6
    /// keeps its earlier marks in it, and a write of the row keeps them) and its version.
    /// </summary>
    private async Task<(GovernanceReport Report, GovernanceReport Row, ETag? Version)> ReadGovernanceAsync(string partition,
        CancellationToken cancellationToken)
    {
        var stored = GovernanceReport.Empty;
        ETag? version = null;
        var marks = new List<GovernanceEntry>();
        // "governance" sorts before "g|…" ('o' < '|'), and nothing else of the partition lies between.
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {GovernanceRow} and RowKey lt {GovernanceMarkPrefix + "~"}");
        await foreach (var row in Table.QueryAsync<JsonEntity>(filter, cancellationToken: cancellationToken))
        {
            if (row.RowKey == GovernanceRow)
            {
                stored = RecordJson.Read<GovernanceReport>(row.Json);
                version = row.ETag;
            }
            else if (row.RowKey.StartsWith(GovernanceMarkPrefix, StringComparison.Ordinal))
            {
                marks.Add(RecordJson.Read<GovernanceEntry>(row.Json));
            }
        }

        return (stored with { History = [.. stored.History, .. marks] }, stored, version);
    }

    private async Task<bool> TrySubmitAsync(IReadOnlyList<TableTransactionAction> actions, int attempt, CancellationToken cancellationToken)
    {
        try
        {
            await Table.SubmitTransactionAsync(actions, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412 && attempt < OptimisticWrite.MaxAttempts)
        {
            return false;
        }
    }

    private static TableTransactionAction GovernanceRowAction(string partition, GovernanceReport report, ETag? version)
    {
        var row = new JsonEntity { PartitionKey = partition, RowKey = GovernanceRow, Json = RecordJson.Write(report) };
        return version is { } read
            ? new(TableTransactionActionType.UpdateReplace, row, read)
            : new(TableTransactionActionType.Add, row);
    }

    /// <summary>
    /// A mark's row: "g|{when, in ticks}|{order within one write}{random}", so that the marks sort by when they were set
    /// and two set in the same tick are both kept.
    /// </summary>
    public static string GovernanceMarkKey(DateTimeOffset at, int order, string unique) =>
        $"{GovernanceMarkPrefix}{at.UtcTicks:D19}|{order:D3}{unique}";

    private static JsonEntity GovernanceEntryRow(string partition, GovernanceEntry entry, int order) => new()
    {
        PartitionKey = partition, RowKey = GovernanceMarkKey(entry.At, order, Guid.NewGuid().ToString("N")[..8]), Json = RecordJson.Write(entry),
    };

    // Zero-padded so that the rows sort by number.
    private static string Row(StatusReportNumber number) => $"r|{number.Year:0000}-{number.Sequence:0000}";
}
