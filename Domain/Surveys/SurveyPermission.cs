namespace CoordinatorBot.Domain.Surveys;

/// <summary>Whether a person may do something with a survey, and why not.</summary>
public enum SurveyPermission
{
    Allowed,
    NotAMember,
    NotCoordinator,
    NotAsked,
    Closed,
    NotClosedYet,
}
