namespace CoordinatorBot.Storage.Scheduling;

/// <summary>
/// A lease row per name: whoever holds an unexpired lease is the one instance that runs the jobs. Taking and renewing
/// use the ETag, so two instances never both win; a dead holder's lease simply runs out and another takes over.
/// </summary>
public sealed class LeaseStore(StorageTables tables)
{
    private const string Partition = "lease";
    private TableClient Table => tables[TableNames.Leases];

    /// <summary>Takes or renews the lease for <paramref name="owner"/> until now + <paramref name="duration"/>; false when another holds it.</summary>
    public async Task<bool> TryAcquireAsync(string name, string owner, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        var current = await Table.GetEntityIfExistsAsync<LeaseEntity>(Partition, name, cancellationToken: cancellationToken);
        var lease = new LeaseEntity { PartitionKey = Partition, RowKey = name, Owner = owner, ExpiresAt = now + duration };
        try
        {
            if (!current.HasValue)
            {
                await Table.AddEntityAsync(lease, cancellationToken);
                return true;
            }

            if (current.Value!.Owner != owner && current.Value.ExpiresAt > now)
            {
                return false;
            }

            await Table.UpdateEntityAsync(lease, current.Value.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <summary>Gives the lease up, so that another instance takes over at once (on an orderly shutdown).</summary>
    public async Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken)
    {
        var current = await Table.GetEntityIfExistsAsync<LeaseEntity>(Partition, name, cancellationToken: cancellationToken);
        if (current.HasValue && current.Value!.Owner == owner)
        {
            try
            {
                await Table.DeleteEntityAsync(Partition, name, current.Value.ETag, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
                // Someone else has it already.
            }
        }
    }
}
