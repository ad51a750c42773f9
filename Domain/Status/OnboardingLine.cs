namespace CoordinatorBot.Domain.Status;

/// <summary>A municipality's onboarding: steps done of all, overdue steps, its go-live, and whether it is complete.</summary>
public sealed record OnboardingLine(string Municipality, int Done, int Total, int Overdue, DateOnly? GoLive, bool IsCompleted);
