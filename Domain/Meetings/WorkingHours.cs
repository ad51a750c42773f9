namespace CoordinatorBot.Domain.Meetings;

/// <summary>The part of an office day when the community meets, on its wall clock (default 08–16).</summary>
public sealed record WorkingHours(TimeOnly Start, TimeOnly End)
{
    public static WorkingHours Default { get; } = new(new TimeOnly(8, 0), new TimeOnly(16, 0));

    public bool IsValid => Start < End;

    public TimeSpan Length => End - Start;
}
