namespace CoordinatorBot.Storage.Activities;

/// <summary>
/// Remembers which activities were taken on, across instances, so that an activity the service redelivers after a
/// timeout is acknowledged but not handled twice. An activity is its conversation id and its id: Teams makes activity
/// ids unique only within a conversation. A claim older than the window no longer counts.
/// </summary>
public sealed class HandledActivityStore(StorageTables tables)
{
    private TableClient Table => tables[TableNames.HandledActivities];

    /// <summary>True when this caller is the one to handle the activity; false when it was taken on recently.</summary>
    /// <param name="claim">This claim's own id (<see cref="NewClaim"/>), for <see cref="ReleaseAsync"/>.</param>
    public async Task<bool> TryClaimAsync(string conversationId, string activityId, string claim, DateTimeOffset now, TimeSpan window,
        CancellationToken cancellationToken)
    {
        var (partition, row) = Keys(conversationId, activityId);
        try
        {
            await Table.AddEntityAsync(new HandledActivityEntity { PartitionKey = partition, RowKey = row, ClaimedAt = now, Claim = claim },
                cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var existing = await Table.GetEntityIfExistsAsync<HandledActivityEntity>(partition, row,
                cancellationToken: cancellationToken);
            // The table client sends an insert again when its answer is late; the row it meets may be this claim's own.
            if (existing.HasValue && existing.Value!.Claim == claim)
            {
                return true;
            }

            if (!existing.HasValue || existing.Value!.ClaimedAt > now - window)
            {
                return false;
            }

            try
            {
                existing.Value.ClaimedAt = now;
                existing.Value.Claim = claim;
                await Table.UpdateEntityAsync(existing.Value, existing.Value.ETag, TableUpdateMode.Replace, cancellationToken);
                return true;
            }
            catch (RequestFailedException race) when (race.Status is 412 or 404)
            {
                return false;
            }
        }
    }

    public static string NewClaim() => Guid.NewGuid().ToString("N");

    /// <summary>
    /// Forgets a claim whose handling failed, so that a redelivery is handled: only that claim (a later one, taken
    /// after this one was released, stays). Also when the claim's write reached storage but its answer did not.
    /// </summary>
    public async Task ReleaseAsync(string conversationId, string activityId, string claim, CancellationToken cancellationToken)
    {
        var (partition, row) = Keys(conversationId, activityId);
        var existing = await Table.GetEntityIfExistsAsync<HandledActivityEntity>(partition, row, cancellationToken: cancellationToken);
        if (!existing.HasValue || existing.Value!.Claim != claim)
        {
            return;
        }

        try
        {
            await Table.DeleteEntityAsync(partition, row, existing.Value.ETag, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Released already, or claimed again since.
        }
    }

    /// <summary>The activity's key as the row; its first byte spreads the rows over 256 partitions.</summary>
    private static (string Partition, string Row) Keys(string conversationId, string activityId)
    {
        var key = ActivityKey.Of(conversationId, activityId);
        return (key[..2], key);
    }
}
