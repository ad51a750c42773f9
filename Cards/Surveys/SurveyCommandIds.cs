namespace CoordinatorBot.Cards.Composers;

// Part of CommandIds, kept in the feature's folder (see Cards/Backlog/BacklogCommandIds.cs).
/// <summary>The ids of the Surveys feature's commands.</summary>
public static partial class CommandIds
{
    public const string SurveyNew = "SurveyNew";
    public const string Surveys = "Surveys";
}
