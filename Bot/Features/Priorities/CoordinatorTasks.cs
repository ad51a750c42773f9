using CoordinatorBot.Domain.Priorities;
using CoordinatorBot.Storage.Priorities;

namespace CoordinatorBot.Bot.Features.Priorities;

/// <summary>The priorities feature's answer to what other features read of the coordinator's tasks (<see cref="ICoordinatorTasks"/>).</summary>
public sealed class CoordinatorTasks(TaskStore store) : ICoordinatorTasks
{
    public Task<IReadOnlyList<CoordinatorTask>> ListAsync(string communityId, DateOnly today, CancellationToken cancellationToken) =>
        store.ListAsync(communityId, today, cancellationToken);
}
