namespace CoordinatorBot.Storage.Layouts;

/// <summary>What a step works with: the tables, and a way to keep the upgrade's lease while it works.</summary>
/// <param name="KeepLeaseAsync">Renews the lease; a step calls it now and then (it throws when another instance took over).</param>
public sealed record UpgradeContext(StorageTables Tables, Func<CancellationToken, Task> KeepLeaseAsync)
{
    /// <summary>The table, or null when the store has none (a release before it): a step then has nothing to bring forward.</summary>
    public async Task<TableClient?> ExistingAsync(string name, CancellationToken cancellationToken) =>
        (await Tables.ExistingAsync([name], cancellationToken)).Count == 0 ? null : Tables[name];
}
