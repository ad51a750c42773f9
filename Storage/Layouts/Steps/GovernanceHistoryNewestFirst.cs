using CoordinatorBot.Domain.Status;
using CoordinatorBot.Storage.Status;

namespace CoordinatorBot.Storage.Layouts.Steps;

/// <summary>
/// Layout 6 to 7: reading the governance report read every mark ever set ("g|{ticks}|…", oldest first), so that each
/// turn on its card grew slower with its history. Each mark moves to a history row keyed newest first
/// (<see cref="GovernanceStore.HistoryKey"/>, its order and unique part kept from its old key), then each item's newest
/// marks are written to the item's row ("gi|G3"), and only then are the old rows deleted. Stopped half way, the step
/// runs again: the moves and the items' rows are written with keys that follow from what is moved, and the items'
/// rows are reckoned from the whole new history, which is complete before the first old row is deleted.
/// </summary>
internal sealed class GovernanceHistoryNewestFirst : ILayoutStep
{
    public async Task RunAsync(UpgradeContext context, CancellationToken cancellationToken)
    {
        if (await context.ExistingAsync(TableNames.StatusReports, cancellationToken) is not { } table)
        {
            return;
        }

        var old = TableClient.CreateQueryFilter($"RowKey ge {GovernanceMarksInRows.MarkPrefix} and RowKey lt {GovernanceMarksInRows.MarkPrefix + "~"}");
        var partitions = new SortedDictionary<string, List<JsonEntity>>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync<JsonEntity>(old, cancellationToken: cancellationToken))
        {
            (partitions.TryGetValue(row.PartitionKey, out var rows) ? rows : partitions[row.PartitionKey] = []).Add(row);
        }

        foreach (var (partition, rows) in partitions)
        {
            foreach (var row in rows)
            {
                await table.UpsertEntityAsync(new JsonEntity { PartitionKey = partition, RowKey = NewKey(row), Json = row.Json },
                    TableUpdateMode.Replace, cancellationToken);
            }

            await WriteItemsAsync(table, partition, cancellationToken);
            foreach (var row in rows)
            {
                await table.DeleteEntityAsync(partition, row.RowKey, ETag.All, cancellationToken);
            }

            await context.KeepLeaseAsync(cancellationToken);
        }
    }

    /// <summary>Each item's newest marks from the whole history, read newest first.</summary>
    private static async Task WriteItemsAsync(TableClient table, string partition, CancellationToken cancellationToken)
    {
        var items = new Dictionary<string, List<GovernanceEntry>>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync<JsonEntity>(GovernanceStore.HistoryFilter(partition), cancellationToken: cancellationToken))
        {
            var entry = RecordJson.Read<GovernanceEntry>(row.Json);
            var newest = items.TryGetValue(entry.ItemId, out var found) ? found : items[entry.ItemId] = [];
            if (newest.Count < GovernanceStore.RecentMarks)
            {
                newest.Add(entry);
            }
        }

        foreach (var (itemId, newest) in items)
        {
            newest.Reverse();
            await table.UpsertEntityAsync(new JsonEntity
            {
                PartitionKey = partition, RowKey = GovernanceStore.ItemKey(itemId), Json = RecordJson.Write(new GovernanceItemRow(newest)),
            }, TableUpdateMode.Replace, cancellationToken);
        }
    }

    /// <summary>"g|{ticks}|{order}{unique}" becomes its newest-first key with the same moment, order and unique part.</summary>
    private static string NewKey(JsonEntity row)
    {
        var parts = row.RowKey.Split('|', 3);
        var at = new DateTimeOffset(long.Parse(parts[1], CultureInfo.InvariantCulture), TimeSpan.Zero);
        return GovernanceStore.HistoryKey(at, int.Parse(parts[2][..3], CultureInfo.InvariantCulture), parts[2][3..]);
    }
}
