namespace CoordinatorBot.Domain.Meetings;

/// <summary>An attendee's calendar over the search window; <see cref="Busy"/> null when it could not be read.</summary>
public sealed record AttendeeAvailability(MeetingAttendee Attendee, IReadOnlyList<BusyBlock>? Busy)
{
    public bool IsUnknown => Busy is null;

    /// <summary>Free for the whole of [start, end): only someone whose calendar was read can be.</summary>
    public bool IsFree(DateTimeOffset start, DateTimeOffset end) => Busy is { } busy && !busy.Any(b => b.Overlaps(start, end));
}
