namespace CoordinatorBot.Domain.Surveys;

/// <summary>The four kinds of question a survey asks.</summary>
public enum QuestionKind
{
    /// <summary>1 to 5, with a label on each end.</summary>
    Scale,
    OneChoice,
    SeveralChoices,
    FreeText,
}
