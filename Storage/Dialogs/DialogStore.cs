using Azure;
using Azure.Data.Tables;
using CoordinatorBot.Storage.Tables;

namespace CoordinatorBot.Storage.Dialogs;

/// <summary>Open dialogs: PartitionKey = conversation, RowKey = person. Kept in the table, so a restart loses nothing.</summary>
public sealed class DialogStore(StorageTables tables)
{
    private TableClient Table => tables[TableNames.Dialogs];

    public async Task<DialogState?> GetAsync(string conversationId, string person, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<JsonEntity>(TableKey.Escape(conversationId), TableKey.Escape(person),
            cancellationToken: cancellationToken);
        return row.HasValue ? RecordJson.Read<DialogState>(row.Value!.Json) : null;
    }

    public async Task SaveAsync(string conversationId, string person, DialogState state, CancellationToken cancellationToken) =>
        await Table.UpsertEntityAsync(new JsonEntity
        {
            PartitionKey = TableKey.Escape(conversationId), RowKey = TableKey.Escape(person), Json = RecordJson.Write(state),
        }, TableUpdateMode.Replace, cancellationToken);

    public async Task DeleteAsync(string conversationId, string person, CancellationToken cancellationToken) =>
        await Table.DeleteEntityAsync(TableKey.Escape(conversationId), TableKey.Escape(person), ETag.All, cancellationToken);
}
