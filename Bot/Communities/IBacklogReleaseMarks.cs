using CoordinatorBot.Domain.Backlog;

namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// The releases feature's one write to the backlog, published by the backlog feature: a delivered item is marked as
/// delivered in a release (the item keeps its version).
/// </summary>
public interface IBacklogReleaseMarks
{
    /// <summary>
    /// Marks the item with <paramref name="version"/> when <paramref name="allowed"/> says so of the item as stored now
    /// (read with its ETag, so a concurrent change is checked again); the item as it is afterwards, null when there is none.
    /// </summary>
    Task<BacklogItem?> MarkAsync(string communityId, int item, string version, Func<BacklogItem, bool> allowed, CancellationToken cancellationToken);
}
