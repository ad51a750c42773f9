namespace CoordinatorBot.Domain.Surveys;

/// <summary>How big a survey may be: short, so that it is answered and its card fits Teams.</summary>
public static class SurveyLimits
{
    public const int MaxQuestions = 10;
    public const int MaxOptions = 8;
}
