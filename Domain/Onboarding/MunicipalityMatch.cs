namespace CoordinatorBot.Domain.Onboarding;

/// <summary>The municipality found, or up to three close names to offer instead.</summary>
public sealed record MunicipalityMatch(string? Municipality, IReadOnlyList<string> Suggestions);
