using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// Told once when a decision closes (by its rule, its deadline or by hand), so that another feature can act on the
/// outcome without the decisions feature knowing it.
/// </summary>
public interface IDecisionClosedListener
{
    Task DecisionClosedAsync(Community community, Decision decision, CancellationToken cancellationToken);
}
