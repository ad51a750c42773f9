namespace CoordinatorBot.Storage.Tables;

/// <summary>Hands out the table clients, with the configured prefix, and creates the tables.</summary>
public sealed class StorageTables(TableServiceClient service, string prefix)
{
    public TableClient this[string name] => service.GetTableClient(prefix + name);

    /// <summary>Prepended to every table name (<see cref="StorageOptions.TablePrefix"/>).</summary>
    public string Prefix => prefix;

    public async Task CreateAllAsync(CancellationToken cancellationToken)
    {
        foreach (var name in TableNames.All)
        {
            await this[name].CreateIfNotExistsAsync(cancellationToken);
        }
    }

    /// <summary>Which of <paramref name="names"/> exist in the account (with the prefix), in the order given.</summary>
    public async Task<IReadOnlyList<string>> ExistingAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var existing = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var table in service.QueryAsync(cancellationToken: cancellationToken))
        {
            existing.Add(table.Name);
        }

        return [.. names.Where(name => existing.Contains(prefix + name))];
    }
}
