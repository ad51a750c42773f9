namespace CoordinatorBot.Domain.Surveys;

/// <summary>
/// One question's answers counted: per scale step (1–5) or per option how many chose it, a scale's average, a free
/// text question's texts; <see cref="Answered"/> is how many answered it (people, or municipalities for a question
/// asked per municipality).
/// </summary>
public sealed record QuestionResult(int Index, SurveyQuestion Question, int Answered, IReadOnlyList<int> Counts, decimal? Average,
    IReadOnlyList<string> Texts);
