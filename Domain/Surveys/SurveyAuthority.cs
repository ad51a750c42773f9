namespace CoordinatorBot.Domain.Surveys;

/// <summary>
/// Who may do what with surveys: the coordinator composes, sends and reads the results while a survey is open; a
/// person asked answers (and changes their answer) until it closes; once closed, every member reads the results.
/// </summary>
public static class SurveyAuthority
{
    public static SurveyPermission MayCompose(Member? actor) =>
        actor is not { Roles.Count: > 0 } ? SurveyPermission.NotAMember
        : actor.Holds(Role.Coordinator) ? SurveyPermission.Allowed
        : SurveyPermission.NotCoordinator;

    /// <summary>Answering: someone the survey asked who still holds a role here, while it is open.</summary>
    public static SurveyPermission MayAnswer(Member? actor, Survey survey, DateOnly today) =>
        actor is not { Roles.Count: > 0 } ? SurveyPermission.NotAMember
        : !survey.Recipients.Contains(actor.AadObjectId) ? SurveyPermission.NotAsked
        : !survey.IsOpen(today) ? SurveyPermission.Closed
        : SurveyPermission.Allowed;

    /// <summary>A question asked per municipality counts only from a person who speaks for a municipality.</summary>
    public static string? AnswersFor(Member actor) => actor.Holds(Role.Municipality) ? actor.Municipality : null;

    public static SurveyPermission MaySeeResults(Member? actor, Survey survey, DateOnly today) =>
        actor is not { Roles.Count: > 0 } ? SurveyPermission.NotAMember
        : actor.Holds(Role.Coordinator) || !survey.IsOpen(today) ? SurveyPermission.Allowed
        : SurveyPermission.NotClosedYet;

    /// <summary>The people a survey asks, from the community's members now.</summary>
    public static IReadOnlyList<Member> Audience(IReadOnlyList<Member> members, SurveyAudience audience, IReadOnlyCollection<string>? meetingAttendees) =>
    [
        .. members.Where(m => m.Roles.Count > 0 && audience switch
        {
            SurveyAudience.Municipalities => m.Holds(Role.Municipality),
            SurveyAudience.SteeringGroup => m.Holds(Role.SteeringGroup),
            SurveyAudience.CoordinationGroup => m.Holds(Role.CoordinationGroup),
            SurveyAudience.MeetingAttendees => meetingAttendees?.Contains(m.AadObjectId) == true,
            _ => true,
        }),
    ];
}
