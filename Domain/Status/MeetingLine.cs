namespace CoordinatorBot.Domain.Status;

/// <summary>
/// A meeting held or coming. <paramref name="OriginalStart"/> is where it was first planned when it has moved: the
/// report shows both, never only the new date.
/// </summary>
public sealed record MeetingLine(string Title, Meetings.MeetingKind Kind, DateTimeOffset Start, DateTimeOffset? OriginalStart, bool IsCancelled);
