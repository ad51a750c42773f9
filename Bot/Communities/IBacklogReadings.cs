namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// What other features read of a community's backlog (the status report), published by the backlog feature: features
/// do not read each other's storage.
/// </summary>
public interface IBacklogReadings
{
    /// <summary>The community's wishes, their supports and its items (one query).</summary>
    Task<BacklogReading> LoadAsync(string communityId, CancellationToken cancellationToken);
}
