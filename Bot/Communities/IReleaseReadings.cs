using CoordinatorBot.Domain.Releases;

namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// What other features read of a community's releases, published by the releases feature: the portfolio (the latest),
/// the status report (those in its period) and the decisions (the release that carried one out, on its record and its
/// page of the export).
/// </summary>
public interface IReleaseReadings
{
    /// <summary>The newest release (the highest version), null when there is none.</summary>
    Task<Release?> LatestAsync(string communityId, CancellationToken cancellationToken);

    /// <summary>Every release, newest first.</summary>
    Task<IReadOnlyList<Release>> ListAsync(string communityId, CancellationToken cancellationToken);
}
