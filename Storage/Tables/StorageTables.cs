using Azure.Data.Tables;

namespace CoordinatorBot.Storage.Tables;

/// <summary>Hands out the table clients, with the configured prefix, and creates the tables.</summary>
public sealed class StorageTables(TableServiceClient service, string prefix)
{
    public TableClient this[string name] => service.GetTableClient(prefix + name);

    public async Task CreateAllAsync(CancellationToken cancellationToken)
    {
        foreach (var name in TableNames.All)
        {
            await this[name].CreateIfNotExistsAsync(cancellationToken);
        }
    }
}
