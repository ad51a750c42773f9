using CoordinatorBot.Domain.Meetings;

namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// What other features read of a community's meetings (the status report and its draft's schedule, the governance
/// report), published by the meetings feature: features do not read each other's storage.
/// </summary>
public interface IMeetingReadings
{
    /// <summary>The community's meetings (one query).</summary>
    Task<IReadOnlyList<Meeting>> ListAsync(string communityId, CancellationToken cancellationToken);
}
