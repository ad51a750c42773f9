using CoordinatorBot.Domain.Surveys;

namespace CoordinatorBot.Cards.Localization;

/// <summary>The Surveys texts that choose their key: the kinds of question, the audiences, the refusals and problems.</summary>
public sealed partial class Texts
{
    [TextPerValue] public partial string QuestionKindName(QuestionKind kind);

    [TextPerValue] public partial string SurveyAudienceName(SurveyAudience audience);

    public string SurveyRefusal(SurveyPermission permission) => permission switch
    {
        SurveyPermission.NotCoordinator => SurveyRefusalNotCoordinator, SurveyPermission.NotAsked => SurveyRefusalNotAsked,
        SurveyPermission.Closed => SurveyRefusalClosed, SurveyPermission.NotClosedYet => SurveyRefusalNotClosedYet,
        _ => SurveyRefusalNotMember,
    };

    public string SurveyComposeProblem(ComposeProblem problem) => problem.Kind switch
    {
        ComposeProblemKind.NoTitle => SurveyTitleError,
        ComposeProblemKind.NoQuestions => SurveyQuestionError,
        ComposeProblemKind.TooFewOptions => SurveyProblemTooFewOptions((problem.Question ?? 0) + 1),
        ComposeProblemKind.TooManyOptions => SurveyProblemTooManyOptions((problem.Question ?? 0) + 1, SurveyLimits.MaxOptions),
        ComposeProblemKind.ScaleLabels => SurveyProblemScaleLabels((problem.Question ?? 0) + 1),
        ComposeProblemKind.ClosesInPast => SurveyProblemClosesInPast,
        ComposeProblemKind.NoMeeting => SurveyProblemNoMeeting,
        ComposeProblemKind.NobodyAsked => SurveyProblemNobodyAsked,
        _ => problem.Question is { } q ? SurveyProblemTooLong(q + 1) : SurveyProblemTooLongGeneral,
    };

    public string SurveyAnswerProblem(AnswerProblem problem) => problem.Kind switch
    {
        AnswerProblemKind.Empty => SurveyAnswerEmpty,
        AnswerProblemKind.TooLong => SurveyAnswerTooLong(problem.Question + 1),
        _ => ErrorCardOutdated,
    };
}
