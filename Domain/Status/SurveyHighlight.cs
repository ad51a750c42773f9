namespace CoordinatorBot.Domain.Status;

/// <summary>One question's result in a report: a scale's average, or a choice question's most chosen option.</summary>
public sealed record SurveyHighlight(string Question, decimal? Average, string? TopOption, int TopCount);
