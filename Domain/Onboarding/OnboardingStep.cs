namespace CoordinatorBot.Domain.Onboarding;

/// <summary>A step of one municipality's checklist: its owner, due date and, once ticked, who and when.</summary>
public sealed record OnboardingStep(string Key, string? DefaultKey, string? Title, Role Owner, DateOnly Due, bool IsFollowUp,
    string? DoneByName = null, DateTimeOffset? DoneAt = null)
{
    public bool IsDone => DoneAt is not null;

    public bool IsOverdue(DateOnly today) => !IsDone && Due < today;
}
