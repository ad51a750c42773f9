namespace CoordinatorBot.Storage.Tables;

/// <summary>Values every instance must agree on, such as the key that signs download links.</summary>
public sealed class SettingStore(StorageTables tables)
{
    private const string Partition = "bot";

    /// <summary>Reads a value, or stores the one <paramref name="create"/> makes when there is none (the first one wins).</summary>
    public async Task<string> GetOrCreateAsync(string name, Func<string> create, CancellationToken cancellationToken)
    {
        var saved = await tables[TableNames.Settings].ReadModifyWriteAsync<SettingEntity>(Partition, name,
            current => current is null ? new SettingEntity { Value = create() } : null, cancellationToken);
        return saved!.Value;
    }
}
