namespace CoordinatorBot.Domain.Surveys;

public enum ComposeProblemKind
{
    NoTitle,
    TooLong,
    NoQuestions,
    TooFewOptions,
    TooManyOptions,
    ScaleLabels,
    ClosesInPast,
    NoMeeting,
    NobodyAsked,
}
