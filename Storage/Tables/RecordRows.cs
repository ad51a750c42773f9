namespace CoordinatorBot.Storage.Tables;

/// <summary>
/// A Domain record kept as the JSON of one row (<see cref="JsonEntity"/>) in a partition (most often a community's):
/// adding it once, reading it, listing a kind of them by the prefix of their keys, and changing it with the ETag it was
/// read with, as every store does alike. The partition is given as is and escaped here; a row key as the store makes it.
/// </summary>
public static class RecordRows
{
    private const string CounterRow = "counter";

    /// <summary>The row that holds <paramref name="record"/>.</summary>
    public static JsonEntity RecordRow<T>(string partition, string rowKey, T record) =>
        new() { PartitionKey = TableKey.Escape(partition), RowKey = rowKey, Json = RecordJson.Write(record) };

    /// <summary>
    /// Adds the record; false when the row holds another (the same form sent twice, a number taken). The table client
    /// sends an insert again when its answer is late: a row met that says exactly what this caller wrote is its own.
    /// </summary>
    public static Task<bool> TryInsertRecordAsync<T>(this TableClient table, string partition, string rowKey, T record,
        CancellationToken cancellationToken) =>
        table.TryInsertOwnAsync(RecordRow(partition, rowKey, record), cancellationToken);

    /// <summary>
    /// Claims the row for the first caller, where callers may write alike (a job's occurrence, a greeting): a row met is
    /// always another caller's, so that two never both go on.
    /// </summary>
    public static Task<bool> TryClaimRecordAsync<T>(this TableClient table, string partition, string rowKey, T record,
        CancellationToken cancellationToken) =>
        table.TryInsertAsync(RecordRow(partition, rowKey, record), cancellationToken);

    /// <summary>Writes the record over whatever the row held (a row only its owner writes: a person's own answer, a draft).</summary>
    public static Task<Response> SaveRecordAsync<T>(this TableClient table, string partition, string rowKey, T record,
        CancellationToken cancellationToken) =>
        table.UpsertEntityAsync(RecordRow(partition, rowKey, record), TableUpdateMode.Replace, cancellationToken);

    /// <summary>The record in the row; null when there is no such row.</summary>
    public static async Task<T?> GetRecordAsync<T>(this TableClient table, string partition, string rowKey, CancellationToken cancellationToken)
        where T : class
    {
        var row = await table.GetEntityIfExistsAsync<JsonEntity>(TableKey.Escape(partition), rowKey, cancellationToken: cancellationToken);
        return row.HasValue ? RecordJson.Read<T>(row.Value!.Json) : null;
    }

    /// <summary>The records of the partition whose row keys start with <paramref name="prefix"/>, in the keys' order, in one query.</summary>
    public static ValueTask<List<T>> ListRecordsAsync<T>(this TableClient table, string partition, string prefix,
        CancellationToken cancellationToken) =>
        table.QueryAsync<JsonEntity>(Prefixed(partition, prefix), cancellationToken: cancellationToken)
            .Select(row => RecordJson.Read<T>(row.Json)).ToListAsync(cancellationToken);

    /// <summary>The filter for the partition's rows whose keys start with <paramref name="prefix"/> ('~' sorts after every key character).</summary>
    public static string Prefixed(string partition, string prefix) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {TableKey.Escape(partition)} and RowKey ge {prefix} and RowKey lt {prefix + "~"}");

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

    /// <summary>
    /// The partition's next number (1, 2, …), taken with the ETag of its counter row ("counter"): a wish's, a guide's,
    /// a survey's. Two callers at the same moment never get the same number.
    /// </summary>
    public static async Task<int> NextNumberAsync(this TableClient table, string partition, CancellationToken cancellationToken)
    {
        var saved = await table.ReadModifyWriteAsync<JsonEntity>(TableKey.Escape(partition), CounterRow,
            current => new JsonEntity { Json = ((current is null ? 0 : int.Parse(current.Json, CultureInfo.InvariantCulture)) + 1).ToString(CultureInfo.InvariantCulture) },
            cancellationToken);
        return int.Parse(saved!.Json, CultureInfo.InvariantCulture);
    }
}
