namespace CoordinatorBot.Storage.Dialogs;

/// <summary>
/// Open dialogs: PartitionKey = the place (a chat, or a channel without its thread suffix), RowKey = person. Kept in the
/// table, so a restart loses nothing.
/// </summary>
public sealed class DialogStore(StorageTables tables)
{
    private TableClient Table => tables[TableNames.Dialogs];

    public Task<DialogState?> GetAsync(string place, string person, CancellationToken cancellationToken) =>
        Table.GetRecordAsync<DialogState>(place, TableKey.Escape(person), cancellationToken);

    public async Task SaveAsync(string place, string person, DialogState state, CancellationToken cancellationToken) =>
        await Table.SaveRecordAsync(place, TableKey.Escape(person), state, cancellationToken);

    public async Task DeleteAsync(string place, string person, CancellationToken cancellationToken) =>
        await Table.DeleteEntityAsync(TableKey.Escape(place), TableKey.Escape(person), ETag.All, cancellationToken);
}
