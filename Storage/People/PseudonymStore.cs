namespace CoordinatorBot.Storage.People;

/// <summary>
/// The pseudonym map: PartitionKey "person", RowKey = the forgotten person's object id, and their number; the next
/// number in the row "counter"/"next". The only place that still holds the id, so a second erasure (or a late row)
/// gets the same pseudonym.
/// </summary>
public sealed class PseudonymStore(StorageTables tables)
{
    private const string PersonPartition = "person";
    private TableClient Table => tables[TableNames.Pseudonyms];

    public async Task<Pseudonym?> FindAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(PersonPartition, TableKey.Escape(aadObjectId), cancellationToken: cancellationToken);
        return row.HasValue && row.Value!.GetInt32("Number") is { } number ? new Pseudonym(number) : null;
    }

    public async Task<Pseudonym> GetOrCreateAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        if (await FindAsync(aadObjectId, cancellationToken) is { } known)
        {
            return known;
        }

        var counter = await Table.ReadModifyWriteAsync<TableEntity>("counter", "next",
            current => StoreLayout.Stamp(new TableEntity { ["Number"] = (current?.GetInt32("Number") ?? 0) + 1 }), cancellationToken);
        var number = counter!.GetInt32("Number")!.Value;
        var inserted = await Table.TryInsertAsync(
            StoreLayout.Stamp(new TableEntity(PersonPartition, TableKey.Escape(aadObjectId)) { ["Number"] = number }), cancellationToken);
        // Two erasures at once: the first one's number holds; the other number stays unused.
        return inserted ? new Pseudonym(number) : (await FindAsync(aadObjectId, cancellationToken))!;
    }
}
