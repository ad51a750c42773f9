namespace CoordinatorBot.Domain.Surveys;

/// <summary>Who a survey is sent to.</summary>
public enum SurveyAudience
{
    /// <summary>The municipalities' contact persons: everyone holding the municipality role.</summary>
    Municipalities,
    SteeringGroup,
    CoordinationGroup,
    Everyone,

    /// <summary>The attendees of one meeting who are members of the community.</summary>
    MeetingAttendees,
}
