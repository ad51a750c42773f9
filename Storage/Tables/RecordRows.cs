namespace CoordinatorBot.Storage.Tables;

/// <summary>
/// A Domain record kept as the JSON of one row (<see cref="JsonEntity"/>) in a partition (most often a community's):
/// adding it once, reading it, and changing it with the ETag it was read with, as every store does alike.
/// </summary>
public static class RecordRows
{
    /// <summary>Adds the record; false when the row is there already (the same form sent twice, a number taken).</summary>
    public static Task<bool> TryInsertRecordAsync<T>(this TableClient table, string partition, string rowKey, T record,
        CancellationToken cancellationToken) =>
        table.TryInsertAsync(new JsonEntity { PartitionKey = TableKey.Escape(partition), RowKey = rowKey, Json = RecordJson.Write(record) },
            cancellationToken);

    /// <summary>The record in the row; null when there is no such row.</summary>
    public static async Task<T?> GetRecordAsync<T>(this TableClient table, string partition, string rowKey, CancellationToken cancellationToken)
        where T : class
    {
        var row = await table.GetEntityIfExistsAsync<JsonEntity>(TableKey.Escape(partition), rowKey, cancellationToken: cancellationToken);
        return row.HasValue ? RecordJson.Read<T>(row.Value!.Json) : null;
    }

    /// <summary>
    /// Changes the record with the ETag it was read with (<see cref="OptimisticWrite"/>); <paramref name="change"/>
    /// returns null to leave it. Returns the record as saved, as stored when left, or null when there is no such row.
    /// </summary>
    public static async Task<T?> UpdateRecordAsync<T>(this TableClient table, string partition, string rowKey, Func<T, T?> change,
        CancellationToken cancellationToken)
        where T : class
    {
        T? read = null;
        T? next = null;
        await table.ReadModifyWriteAsync<JsonEntity>(TableKey.Escape(partition), rowKey,
            current =>
            {
                read = current is null ? null : RecordJson.Read<T>(current.Json);
                next = read is null ? null : change(read);
                return next is null ? null : new JsonEntity { Json = RecordJson.Write(next) };
            }, cancellationToken);
        return next ?? read;
    }
}
