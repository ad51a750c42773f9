namespace CoordinatorBot.Domain.Priorities;

/// <summary>A person's wishes for the weekly nudge: paused, away until a date, or not wanted at all.</summary>
public sealed record NudgePreference(bool Paused = false, DateOnly? AwayUntil = null, bool OptedOut = false)
{
    public bool Wants(DateOnly day) => !Paused && !OptedOut && (AwayUntil is null || day > AwayUntil);
}
