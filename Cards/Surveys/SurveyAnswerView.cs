using CoordinatorBot.Domain.Surveys;

namespace CoordinatorBot.Cards.Surveys;

/// <summary>
/// What the answering card shows a person: the answer they gave (to change it) or none yet, the municipality they
/// answer per-municipality questions for (none: those questions are not theirs), and the anonymous answer's id, which
/// only this card carries.
/// </summary>
public sealed record SurveyAnswerView(Survey Survey, IReadOnlyDictionary<int, IReadOnlyList<string>>? Given, string? Municipality,
    string? AnswerId, Notice? Notice);
