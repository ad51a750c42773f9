using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>
/// Told once when a decision closes (by its rule, its deadline or by hand), so that another feature can follow a
/// decision of its own type — the minutes of a meeting — without Decisions knowing that feature.
/// </summary>
public interface IDecisionClosedListener
{
    /// <param name="scheduled">Closed by the scheduler: send nothing to Teams directly, only through the outbox.</param>
    Task DecisionClosedAsync(Community community, Decision decision, bool scheduled, CancellationToken cancellationToken);
}
