using System.Security.Cryptography;
using System.Text;

namespace CoordinatorBot.Storage.Outbox;

/// <summary>
/// The outbox of proactive messages. A row's key makes enqueueing idempotent (the same nudge is never queued twice);
/// a claim with the ETag gives a row to one sender at a time; a claim that runs out (the sender died) is taken again.
/// </summary>
public sealed class OutboxStore(StorageTables tables)
{
    private TableClient Table => tables[TableNames.Outbox];

    /// <summary>Queues a message; false when a message with this key was queued before.</summary>
    public Task<bool> EnqueueAsync(string key, OutboxTarget target, string activityJson, DateTimeOffset now, CancellationToken cancellationToken) =>
        Table.TryInsertAsync(new OutboxEntity
        {
            PartitionKey = Bucket(key), RowKey = TableKey.Escape(key), Key = key, TargetJson = RecordJson.Write(target),
            ActivityJson = activityJson, NotBefore = now, CreatedAt = now,
        }, cancellationToken);

    /// <summary>Claims up to <paramref name="max"/> messages that are due, or whose earlier claim ran out.</summary>
    public async Task<IReadOnlyList<OutboxEntity>> ClaimAsync(DateTimeOffset now, TimeSpan claimFor, int max, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"(Status eq {nameof(OutboxStatus.Pending)} and NotBefore le {now}) or (Status eq {nameof(OutboxStatus.InFlight)} and ClaimedUntil le {now})");
        var claimed = new List<OutboxEntity>();
        await foreach (var row in Table.QueryAsync<OutboxEntity>(filter, maxPerPage: max, cancellationToken: cancellationToken))
        {
            row.Status = nameof(OutboxStatus.InFlight);
            row.ClaimedUntil = now + claimFor;
            row.Attempts++;
            if (await Table.TryReplaceAsync(row, cancellationToken))
            {
                claimed.Add(row);
            }

            if (claimed.Count >= max)
            {
                break;
            }
        }

        return claimed;
    }

    /// <summary>Records the outcome of a claimed row: sent, to be retried later, or failed for good.</summary>
    public async Task CompleteAsync(OutboxEntity row, OutboxStatus status, int? statusCode, string? subCode, DateTimeOffset now,
        DateTimeOffset? retryAt, string? activityId, CancellationToken cancellationToken)
    {
        row.Status = status.ToString();
        row.LastStatusCode = statusCode;
        row.LastSubCode = subCode;
        row.ClaimedUntil = null;
        row.SentAt = status == OutboxStatus.Sent ? now : row.SentAt;
        row.SentActivityId = activityId ?? row.SentActivityId;
        row.NotBefore = retryAt ?? row.NotBefore;
        try
        {
            await Table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            // Our claim ran out and another sender took the row; its outcome stands.
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // The row was erased meanwhile (its person asked to be forgotten): there is nothing to record, and the
            // rest of its round must still be recorded, or the round would be posted again.
        }
    }

    /// <summary>
    /// Claims the rerouted messages of every round that is due (its first message has waited long enough for the rest
    /// of the round to gather), or whose earlier claim ran out; a round's messages are claimed together.
    /// </summary>
    public async Task<IReadOnlyList<OutboxEntity>> ClaimRoundsAsync(DateTimeOffset now, TimeSpan claimFor, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"Status eq {nameof(OutboxStatus.Rerouted)} or (Status eq {nameof(OutboxStatus.Gathering)} and ClaimedUntil le {now})");
        var waiting = await Table.QueryAsync<OutboxEntity>(filter, cancellationToken: cancellationToken).ToListAsync(cancellationToken);

        var claimed = new List<OutboxEntity>();
        foreach (var round in waiting.GroupBy(r => RecordJson.Read<OutboxTarget>(r.TargetJson).Round ?? r.Key))
        {
            if (round.Min(r => r.Status == nameof(OutboxStatus.Gathering) ? DateTimeOffset.MinValue : r.NotBefore) > now)
            {
                continue;
            }

            foreach (var row in round)
            {
                row.Status = nameof(OutboxStatus.Gathering);
                row.ClaimedUntil = now + claimFor;
                if (await Table.TryReplaceAsync(row, cancellationToken))
                {
                    claimed.Add(row);
                }
            }
        }

        return claimed;
    }

    public async Task<OutboxEntity?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<OutboxEntity>(Bucket(key), TableKey.Escape(key), cancellationToken: cancellationToken);
        return row.HasValue ? row.Value : null;
    }

    /// <summary>How many rows are in each status (for the benchmark and the health of the queue).</summary>
    public async Task<IReadOnlyDictionary<OutboxStatus, int>> CountAsync(CancellationToken cancellationToken)
    {
        var counts = Enum.GetValues<OutboxStatus>().ToDictionary(s => s, _ => 0);
        await foreach (var row in Table.QueryAsync<OutboxEntity>(select: ["Status"], cancellationToken: cancellationToken))
        {
            counts[Enum.Parse<OutboxStatus>(row.Status)]++;
        }

        return counts;
    }

    // Spreads the rows over 16 partitions.
    private static string Bucket(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0, 1)[..1];
}
