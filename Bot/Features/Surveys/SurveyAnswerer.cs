using CoordinatorBot.Domain.Surveys;

namespace CoordinatorBot.Bot.Features.Surveys;

/// <summary>A survey the presser may answer now, the presser, and the municipality they answer for (null for none).</summary>
public sealed record SurveyAnswerer(Survey Survey, Member Person, string? Municipality);
