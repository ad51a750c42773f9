using CoordinatorBot.Domain.Backlog;
using CoordinatorBot.Storage.Backlog;

namespace CoordinatorBot.Bot.Features.Backlog;

/// <summary>The backlog's answer to the releases feature's mark (<see cref="IBacklogReleaseMarks"/>).</summary>
public sealed class BacklogReleaseMarks(BacklogStore store) : IBacklogReleaseMarks
{
    public Task<BacklogItem?> MarkAsync(string communityId, int item, string version, Func<BacklogItem, bool> allowed,
        CancellationToken cancellationToken) =>
        store.UpdateItemAsync(communityId, item, i => allowed(i) ? i with { ReleaseVersion = version } : null, cancellationToken);
}
