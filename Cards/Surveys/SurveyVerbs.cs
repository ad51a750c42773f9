namespace CoordinatorBot.Cards.Composers;

// Part of CardVerbs, kept in the feature's folder (see Cards/Backlog/BacklogVerbs.cs).
/// <summary>The verbs of surveys and the data keys they carry.</summary>
public static partial class CardVerbs
{
    public const string SurveySend = "survey.send";
    public const string SurveyOpen = "survey.open";
    public const string SurveyAnswer = "survey.answer";
    public const string SurveyResults = "survey.results";
    public const string SurveyReport = "survey.report";
    public const string SurveyKey = "survey";

    /// <summary>An anonymous answer's random id, carried only by its giver's own card: the one way back to it.</summary>
    public const string SurveyAnswerKey = "answerId";
}
