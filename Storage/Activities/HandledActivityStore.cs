using Azure;
using Azure.Data.Tables;
using CoordinatorBot.Storage.Tables;

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
    public async Task<bool> TryClaimAsync(string conversationId, string activityId, DateTimeOffset now, TimeSpan window,
        CancellationToken cancellationToken)
    {
        var (partition, row) = Keys(conversationId, activityId);
        try
        {
            await Table.AddEntityAsync(new HandledActivityEntity { PartitionKey = partition, RowKey = row, ClaimedAt = now },
                cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var existing = await Table.GetEntityIfExistsAsync<HandledActivityEntity>(partition, row,
                cancellationToken: cancellationToken);
            if (!existing.HasValue || existing.Value!.ClaimedAt > now - window)
            {
                return false;
            }

            try
            {
                existing.Value.ClaimedAt = now;
                await Table.UpdateEntityAsync(existing.Value, existing.Value.ETag, TableUpdateMode.Replace, cancellationToken);
                return true;
            }
            catch (RequestFailedException race) when (race.Status is 412 or 404)
            {
                return false;
            }
        }
    }

    /// <summary>Forgets a claim whose handling failed, so that a redelivery is handled.</summary>
    public async Task ReleaseAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var (partition, row) = Keys(conversationId, activityId);
        await Table.DeleteEntityAsync(partition, row, ETag.All, cancellationToken);
    }

    /// <summary>The activity's key as the row; its first byte spreads the rows over 256 partitions.</summary>
    private static (string Partition, string Row) Keys(string conversationId, string activityId)
    {
        var key = ActivityKey.Of(conversationId, activityId);
        return (key[..2], key);
    }
}
