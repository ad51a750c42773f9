using CoordinatorBot.Domain.Status;

namespace CoordinatorBot.Bot.Communities;

/// <summary>What other features read of a community's status reports (the portfolio: the latest report, the governance level against its target), published by the status feature.</summary>
public interface IStatusReadings
{
    /// <summary>The latest published report, null when none is.</summary>
    Task<StatusReport?> LatestAsync(string communityId, CancellationToken cancellationToken);

    /// <summary>The governance report: its target level and every item's latest mark (empty when none is set).</summary>
    Task<GovernanceReport> GovernanceAsync(string communityId, CancellationToken cancellationToken);
}
