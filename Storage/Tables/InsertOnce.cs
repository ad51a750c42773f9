namespace CoordinatorBot.Storage.Tables;

/// <summary>Adds a row that must exist once: of several callers, exactly one gets true.</summary>
public static class InsertOnce
{
    public static async Task<bool> TryInsertAsync(this TableClient table, ITableEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>
    /// As <see cref="TryInsertAsync"/>, for a row whose JSON no other caller can write alike (a status report taken from
    /// its draft, which is taken once): the table client sends an insert again when its answer is late, and a row that
    /// says exactly what this caller wrote is then this caller's own. Not for claims, whose callers write alike.
    /// </summary>
    public static async Task<bool> TryInsertOwnAsync(this TableClient table, JsonEntity entity, CancellationToken cancellationToken) =>
        await table.InsertOwnAsync(entity, row => row.Json, cancellationToken) is not null;

    /// <summary>
    /// As <see cref="TryInsertOwnAsync"/>, for any row kept as JSON (<paramref name="json"/>): the stored row's ETag when
    /// it is this caller's, inserted now or met saying exactly what this caller wrote; null when it is another's.
    /// </summary>
    public static async Task<ETag?> InsertOwnAsync<T>(this TableClient table, T entity, Func<T, string> json, CancellationToken cancellationToken)
        where T : class, ITableEntity, new()
    {
        try
        {
            return (await table.AddEntityAsync(entity, cancellationToken)).Headers.ETag ?? ETag.All;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var stored = await table.GetEntityIfExistsAsync<T>(entity.PartitionKey, entity.RowKey, cancellationToken: cancellationToken);
            return stored.HasValue && json(stored.Value!) == json(entity) ? stored.Value!.ETag : null;
        }
    }
}
