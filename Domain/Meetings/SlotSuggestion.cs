namespace CoordinatorBot.Domain.Meetings;

/// <summary>A time the meeting could be held, with who is free then and whose calendar could not be read.</summary>
public sealed record SlotSuggestion(DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<MeetingAttendee> Free,
    IReadOnlyList<MeetingAttendee> Busy, IReadOnlyList<MeetingAttendee> Unknown);
