using CoordinatorBot.Domain.Priorities;

namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// Whether a person wants reminders now ("nudge pause", "nudge ferie", "nudge off"): one answer for every feature
/// that reminds (the weekly nudge, the vote reminder, the meeting reminder, the status draft), published by the
/// priorities feature, where a person sets it.
/// </summary>
public interface INudgePreferences
{
    /// <summary>The person's preference in the community (one point read); the default when they set none.</summary>
    Task<NudgePreference> OfAsync(string communityId, string person, CancellationToken cancellationToken);
}
