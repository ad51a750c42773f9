namespace CoordinatorBot.Domain.Surveys;

public enum AnswerProblemKind
{
    /// <summary>No question was answered at all.</summary>
    Empty,

    /// <summary>A value the question does not offer (a forged or outdated card).</summary>
    NotOffered,
    TooLong,
}
