using CoordinatorBot.Storage.Outbox;

namespace CoordinatorBot.Storage.Backlog;

/// <summary>
/// The calls to GitHub, made later by a paced job, never inline in a turn: a row per call under an idempotent key
/// ("create|{community}|{item}"), claimed with the ETag as the outbox's rows are (statuses as <see cref="OutboxStatus"/>).
/// </summary>
public sealed class GitHubQueueStore(StorageTables tables)
{
    private const string Partition = "github";
    private TableClient Table => tables[TableNames.GitHubQueue];

    /// <summary>Queues a call; false when the key was queued before.</summary>
    public Task<bool> EnqueueAsync(GitHubAction action, string communityId, int item, DateTimeOffset now, CancellationToken cancellationToken) =>
        Table.TryInsertAsync(new GitHubQueueEntity
        {
            PartitionKey = Partition, RowKey = TableKey.Escape($"{action}|{communityId}|{item}"), CommunityId = communityId, ItemNumber = item,
            Action = action.ToString(), NotBefore = now, CreatedAt = now,
        }, cancellationToken);

    /// <summary>Claims up to <paramref name="max"/> calls that are due, or whose earlier claim ran out, oldest first.</summary>
    public async Task<IReadOnlyList<GitHubQueueEntity>> ClaimAsync(DateTimeOffset now, TimeSpan claimFor, int max, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {Partition} and ((Status eq {nameof(OutboxStatus.Pending)} and NotBefore le {now}) or (Status eq {nameof(OutboxStatus.InFlight)} and ClaimedUntil le {now}))");
        var due = await Table.QueryAsync<GitHubQueueEntity>(filter, cancellationToken: cancellationToken).ToListAsync(cancellationToken);

        var claimed = new List<GitHubQueueEntity>();
        foreach (var row in due.OrderBy(r => r.CreatedAt).Take(max))
        {
            row.Status = nameof(OutboxStatus.InFlight);
            row.ClaimedUntil = now + claimFor;
            row.Attempts++;
            if (await Table.TryReplaceAsync(row, cancellationToken))
            {
                claimed.Add(row);
            }
        }

        return claimed;
    }

    /// <summary>Records a claimed call's outcome: done, to be tried again at <paramref name="retryAt"/>, or failed for good.</summary>
    public async Task CompleteAsync(GitHubQueueEntity row, OutboxStatus status, int? statusCode, DateTimeOffset now, DateTimeOffset? retryAt,
        CancellationToken cancellationToken)
    {
        row.Status = status.ToString();
        row.LastStatusCode = statusCode;
        row.ClaimedUntil = null;
        if (status == OutboxStatus.Pending && retryAt is { } at)
        {
            row.NotBefore = at;
        }

        if (status == OutboxStatus.Sent)
        {
            row.DoneAt = now;
        }

        await Table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<GitHubQueueEntity?> GetAsync(GitHubAction action, string communityId, int item, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<GitHubQueueEntity>(Partition, TableKey.Escape($"{action}|{communityId}|{item}"),
            cancellationToken: cancellationToken);
        return row.HasValue ? row.Value : null;
    }
}
