namespace CoordinatorBot.Domain.Surveys;

/// <summary>One question of a survey.</summary>
/// <param name="Options">The choices of a choice question, in the order written; empty for the others.</param>
/// <param name="LowLabel">What 1 means on a scale ("Meget utilfreds"); null for the others.</param>
/// <param name="PerMunicipality">Answered once per municipality, by its contact person, like a wish's support.</param>
public sealed record SurveyQuestion(string Text, QuestionKind Kind, IReadOnlyList<string> Options, string? LowLabel, string? HighLabel,
    bool PerMunicipality)
{
    public const int ScaleMin = 1;
    public const int ScaleMax = 5;

    public bool HasChoices => Kind is QuestionKind.OneChoice or QuestionKind.SeveralChoices;
}
