namespace CoordinatorBot.Domain.Status;

/// <summary>A closed user survey the coordinator put into the report: how many answered, and per question its highlight.</summary>
public sealed record SurveyLine(int Number, string Title, int Answers, int Asked, int RatePercent, IReadOnlyList<SurveyHighlight> Highlights);
