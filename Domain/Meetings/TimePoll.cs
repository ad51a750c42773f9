namespace CoordinatorBot.Domain.Meetings;

/// <summary>
/// A time poll across municipalities: the candidate times of a planned meeting, sent to the channel for the
/// attendees to answer (most sit in other tenants, so their calendars cannot be read). The meeting is booked on the
/// earliest time every required attendee can make, or on the time the coordinator picks.
/// </summary>
/// <param name="Id">The meeting form's key: the meeting it books, so that it is booked once.</param>
/// <param name="Required">The attendees who answer in Teams (their Entra object ids): everyone invited from the team.</param>
public sealed record TimePoll(string Id, MeetingDraft Draft, IReadOnlyList<DateTimeOffset> Slots, IReadOnlyList<string> Required,
    string PlannerId, string PlannerName, DateTimeOffset CreatedAt)
{
    /// <summary>Set once the meeting is booked from the poll: the time chosen.</summary>
    public DateTimeOffset? BookedStart { get; init; }

    public string? CardActivityId { get; init; }
    public string? CardConversationId { get; init; }

    public bool IsOpen => BookedStart is null;
}
