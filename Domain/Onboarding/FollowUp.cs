namespace CoordinatorBot.Domain.Onboarding;

/// <summary>The answers of the implementation follow-up: is the product in use, and what is missing.</summary>
public sealed record FollowUp(bool InUse, string? Missing, string AnsweredByName, DateTimeOffset AnsweredAt);
