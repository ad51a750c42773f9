namespace CoordinatorBot.Storage.Tables;

/// <summary>
/// Read–modify–write with the ETag that was read. When someone else wrote in between (412, or 409 for a row that
/// appeared meanwhile) the row is read again and the change applied again: never a blind overwrite.
/// </summary>
public static class OptimisticWrite
{
    public const int MaxAttempts = 20;

    /// <summary>
    /// Applies <paramref name="change"/> to the current row (null when there is none) and saves the result.
    /// Returns what was saved (with its new ETag), or the current row when <paramref name="change"/> returned null
    /// (nothing to save).
    /// </summary>
    public static async Task<T?> ReadModifyWriteAsync<T>(this TableClient table, string partitionKey, string rowKey,
        Func<T?, T?> change, CancellationToken cancellationToken)
        where T : class, ITableEntity, new()
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await table.GetEntityIfExistsAsync<T>(partitionKey, rowKey, cancellationToken: cancellationToken);
            var existing = current.HasValue ? current.Value : null;
            var next = change(existing);
            if (next is null)
            {
                return existing;
            }

            next.PartitionKey = partitionKey;
            next.RowKey = rowKey;
            try
            {
                var response = existing is null
                    ? await table.AddEntityAsync(next, cancellationToken)
                    : await table.UpdateEntityAsync(next, existing.ETag, TableUpdateMode.Replace, cancellationToken);
                next.ETag = response.Headers.ETag ?? default;
                return next;
            }
            catch (RequestFailedException e) when (e.Status is 412 or 409 && attempt < MaxAttempts)
            {
                // Someone else won this round: back off a little (with jitter, so racers spread out) and re-apply.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * attempt)), cancellationToken);
            }
        }
    }
}
