using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// Told once when a decision closes (by its rule, its deadline or by hand), so that another feature can act on the
/// outcome (the backlog's escalated item, a meeting's minutes) without the decisions feature knowing it.
/// </summary>
public interface IDecisionClosedListener
{
    /// <param name="scheduled">Closed by the scheduler: send nothing to Teams directly, only through the outbox.</param>
    Task DecisionClosedAsync(Community community, Decision decision, bool scheduled, CancellationToken cancellationToken);
}
