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
    public static async Task<bool> TryInsertOwnAsync(this TableClient table, JsonEntity entity, CancellationToken cancellationToken)
    {
        if (await table.TryInsertAsync(entity, cancellationToken))
        {
            return true;
        }

        var stored = await table.GetEntityIfExistsAsync<JsonEntity>(entity.PartitionKey, entity.RowKey, cancellationToken: cancellationToken);
        return stored.HasValue && stored.Value!.Json == entity.Json;
    }
}
