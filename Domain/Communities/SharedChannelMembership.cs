namespace CoordinatorBot.Domain.Communities;

/// <summary>
/// Who stays a member of a shared channel's community when the channel is unshared from teams. Teams does not send a
/// member event for each person of an unshared team, and a roster read at once may still list them; so a person whose
/// only way into the channel was through those teams is no member any more, whatever the roster says. A direct
/// member, or one who is also in through a team the channel is still shared with, stays.
/// </summary>
public static class SharedChannelMembership
{
    /// <param name="roster">The channel's roster as read after the event.</param>
    /// <param name="unsharedTeams">The ids (thread id or group id) of the teams the channel was unshared from.</param>
    /// <param name="person">The person's Entra object id.</param>
    public static bool StaysAfterUnshare(IReadOnlyList<TeamMember> roster, IReadOnlySet<string> unsharedTeams, string person)
    {
        if (roster.FirstOrDefault(p => p.AadObjectId == person) is not { } listed)
        {
            return false;
        }

        return listed.ThroughTeams is not { Count: > 0 } teams || teams.Any(team => !unsharedTeams.Contains(team));
    }
}
