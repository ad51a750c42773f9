using CoordinatorBot.Storage.Backlog;

namespace CoordinatorBot.Bot.Features.Backlog;

/// <summary>
/// Queues an accepted item's issue and its closing at delivery, when GitHub is configured; the paced
/// <see cref="GitHubSyncJob"/> makes the calls. Without GitHub configured nothing is queued.
/// </summary>
public sealed class GitHubIssues(GitHubQueueStore queue, IOptions<GitHubOptions> options, TimeProvider time)
{
    public Task CreateAsync(string communityId, int item, CancellationToken cancellationToken) =>
        options.Value.IsConfigured ? queue.EnqueueAsync(GitHubAction.CreateIssue, communityId, item, time.GetUtcNow(), cancellationToken) : Task.CompletedTask;

    public Task CloseAsync(string communityId, int item, CancellationToken cancellationToken) =>
        options.Value.IsConfigured ? queue.EnqueueAsync(GitHubAction.CloseIssue, communityId, item, time.GetUtcNow(), cancellationToken) : Task.CompletedTask;
}
