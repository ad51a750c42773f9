using CoordinatorBot.Domain.Priorities;

namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// The coordinator's tasks as other features read them (the status report, the yearly wheel's yearly tasks),
/// published by the priorities feature: features do not read each other's storage.
/// </summary>
public interface ICoordinatorTasks
{
    /// <summary>The community's tasks; the first time, its default tasks are stored (as "opgaver" does).</summary>
    Task<IReadOnlyList<CoordinatorTask>> ListAsync(string communityId, DateOnly today, CancellationToken cancellationToken);
}
