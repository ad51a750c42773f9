using CoordinatorBot.Domain.Status;

namespace CoordinatorBot.Bot.Communities;

/// <summary>What other features read of a community's status reports (the portfolio), published by the status feature.</summary>
public interface IStatusReadings
{
    /// <summary>The latest published report, null when none is.</summary>
    Task<StatusReport?> LatestAsync(string communityId, CancellationToken cancellationToken);
}
