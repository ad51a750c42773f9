namespace CoordinatorBot.Domain.Onboarding;

/// <summary>One municipality joining the product: its details and its living checklist.</summary>
public sealed record Onboarding
{
    public required string Id { get; init; }
    public required OnboardingDetails Details { get; init; }
    public required DateOnly Start { get; init; }
    public required IReadOnlyList<OnboardingStep> Steps { get; init; }
    public required string CreatedByName { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public FollowUp? FollowUp { get; init; }

    /// <summary>The shared checklist card in the community's channel, to update it for everyone.</summary>
    public string? CardActivityId { get; init; }
    public string? CardConversationId { get; init; }

    public bool IsCompleted => CompletedAt is not null;

    public int Done => Steps.Count(s => s.IsDone);

    /// <summary>The first step not yet ticked, in the checklist's order.</summary>
    public OnboardingStep? NextStep => Steps.FirstOrDefault(s => !s.IsDone);
}
