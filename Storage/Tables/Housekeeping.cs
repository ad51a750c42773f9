namespace CoordinatorBot.Storage.Tables;

/// <summary>
/// Deletes rows that have served their purpose: remembered activity ids, delivered or failed outbox messages, claimed
/// job occurrences. Age is the row's last write (the service's Timestamp).
/// </summary>
public sealed class Housekeeping(StorageTables tables)
{
    /// <summary>Deletes the rows of <paramref name="table"/> last written before <paramref name="cutoff"/> (and matching
    /// <paramref name="andFilter"/>, an OData filter); returns how many.</summary>
    public async Task<int> DeleteOlderThanAsync(string table, DateTimeOffset cutoff, string? andFilter, CancellationToken cancellationToken)
    {
        var client = tables[table];
        var filter = TableClient.CreateQueryFilter($"Timestamp lt {cutoff}") + (andFilter is null ? string.Empty : $" and ({andFilter})");
        var deleted = 0;
        await foreach (var row in client.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            try
            {
                await client.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
                deleted++;
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                // Gone already.
            }
        }

        return deleted;
    }
}
