namespace CoordinatorBot.Storage.Tables;

/// <summary>
/// A store of one kind of Domain record, a row each in its community's partition under a key made from the record's
/// id: adding it once, reading it and changing it with the ETag it was read with (<see cref="RecordRows"/>), alike for
/// each such kind. A store adds what its kind needs beyond that.
/// </summary>
public abstract class RecordStore<TRecord, TId>(StorageTables tables, string tableName)
    where TRecord : class
{
    protected TableClient Table => tables[tableName];

    /// <summary>Adds the record; false when one with the same id is there already (the same form sent twice).</summary>
    public Task<bool> AddAsync(string communityId, TRecord record, CancellationToken cancellationToken) =>
        Table.TryInsertRecordAsync(communityId, RowKey(IdOf(record)), record, cancellationToken);

    /// <summary>The record; null when there is none.</summary>
    public Task<TRecord?> GetAsync(string communityId, TId id, CancellationToken cancellationToken) =>
        Table.GetRecordAsync<TRecord>(communityId, RowKey(id), cancellationToken);

    /// <summary>Changes the record with its ETag; <paramref name="change"/> returns null to leave it as it is; null when there is none.</summary>
    public Task<TRecord?> UpdateAsync(string communityId, TId id, Func<TRecord, TRecord?> change, CancellationToken cancellationToken) =>
        Table.UpdateRecordAsync(communityId, RowKey(id), change, cancellationToken);

    protected abstract TId IdOf(TRecord record);

    /// <summary>The record's row key: its kind's prefix and its id (escaped or zero-padded, so that the rows sort by it).</summary>
    protected abstract string RowKey(TId id);
}
