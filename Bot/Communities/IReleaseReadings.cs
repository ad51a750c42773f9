using CoordinatorBot.Domain.Releases;

namespace CoordinatorBot.Bot.Communities;

/// <summary>What other features read of a community's releases (the portfolio), published by the releases feature.</summary>
public interface IReleaseReadings
{
    /// <summary>The newest release (the highest version), null when there is none.</summary>
    Task<Release?> LatestAsync(string communityId, CancellationToken cancellationToken);
}
