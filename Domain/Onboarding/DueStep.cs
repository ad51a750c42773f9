namespace CoordinatorBot.Domain.Onboarding;

/// <summary>An open step of one onboarding that is a given person's to do.</summary>
public sealed record DueStep(Onboarding Onboarding, OnboardingStep Step);
