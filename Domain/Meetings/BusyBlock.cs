namespace CoordinatorBot.Domain.Meetings;

/// <summary>A time in someone's calendar when they cannot meet (busy, tentative or away).</summary>
public sealed record BusyBlock(DateTimeOffset Start, DateTimeOffset End)
{
    public bool Overlaps(DateTimeOffset start, DateTimeOffset end) => Start < end && start < End;
}
