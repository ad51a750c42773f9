namespace CoordinatorBot.Domain.Onboarding;

/// <summary>What a step's due date counts from.</summary>
public enum StepAnchor
{
    Start,
    GoLive,
}
