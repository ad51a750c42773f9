using CoordinatorBot.Storage.Backlog;

namespace CoordinatorBot.Bot.Features.Backlog;

/// <summary>The backlog feature's answer to what other features read of its backlog (<see cref="IBacklogReadings"/>).</summary>
public sealed class BacklogReadings(BacklogStore store) : IBacklogReadings
{
    public async Task<BacklogReading> LoadAsync(string communityId, CancellationToken cancellationToken)
    {
        var snapshot = await store.LoadAsync(communityId, cancellationToken);
        return new BacklogReading(snapshot.Wishes, snapshot.Supports, snapshot.Items);
    }
}
