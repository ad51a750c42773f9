namespace CoordinatorBot.Domain.Meetings;

/// <summary>
/// One person invited, as the meeting was booked: a team member (their Entra object id, and their address when the
/// roster gave one) or an external address.
/// </summary>
public sealed record MeetingAttendee(string Name, string? Email, string? AadObjectId = null)
{
    /// <summary>What identifies the attendee in a schedule: their address, else their object id.</summary>
    public string Key => Email?.ToLowerInvariant() ?? AadObjectId ?? Name;
}
