namespace CoordinatorBot.Storage.Dialogs;

/// <summary>
/// Open dialogs: PartitionKey = the place (a chat, or a channel without its thread suffix), RowKey = person. Kept in the
/// table, so a restart loses nothing.
/// </summary>
public sealed class DialogStore(StorageTables tables)
{
    private TableClient Table => tables[TableNames.Dialogs];

    public async Task<DialogState?> GetAsync(string place, string person, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<JsonEntity>(TableKey.Escape(place), TableKey.Escape(person),
            cancellationToken: cancellationToken);
        return row.HasValue ? RecordJson.Read<DialogState>(row.Value!.Json) : null;
    }

    public async Task SaveAsync(string place, string person, DialogState state, CancellationToken cancellationToken) =>
        await Table.UpsertEntityAsync(new JsonEntity
        {
            PartitionKey = TableKey.Escape(place), RowKey = TableKey.Escape(person), Json = RecordJson.Write(state),
        }, TableUpdateMode.Replace, cancellationToken);

    public async Task DeleteAsync(string place, string person, CancellationToken cancellationToken) =>
        await Table.DeleteEntityAsync(TableKey.Escape(place), TableKey.Escape(person), ETag.All, cancellationToken);
}
