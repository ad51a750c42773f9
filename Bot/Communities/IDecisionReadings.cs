using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// What other features read of a community's decisions (the status report, the week's plan and nudge, the minutes),
/// published by the decisions feature: features do not read each other's storage.
/// </summary>
public interface IDecisionReadings
{
    /// <summary>All the community's decisions, newest first (one query).</summary>
    Task<IReadOnlyList<Decision>> ListAsync(string communityId, CancellationToken cancellationToken);

    /// <summary>One decision's record (one point read); null when there is none.</summary>
    Task<Decision?> GetAsync(string communityId, DecisionNumber number, CancellationToken cancellationToken);

    /// <summary>The open decisions with who has voted on each, newest first: two queries however many there are.</summary>
    Task<IReadOnlyList<OpenDecision>> OpenAsync(string communityId, CancellationToken cancellationToken);
}
