using CoordinatorBot.Domain.Priorities;
using CoordinatorBot.Storage.Priorities;

namespace CoordinatorBot.Bot.Features.Priorities;

/// <summary>
/// The priorities feature's answer to whether a person wants reminders (<see cref="INudgePreferences"/>): the same rows
/// ("n|{person}" of the tasks table) that "nudge pause", "nudge ferie" and "nudge off" write.
/// </summary>
public sealed class NudgePreferences(TaskStore store) : INudgePreferences
{
    public Task<NudgePreference> OfAsync(string communityId, string person, CancellationToken cancellationToken) =>
        store.PreferenceAsync(communityId, person, cancellationToken);
}
