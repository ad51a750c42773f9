namespace CoordinatorBot.Domain.Meetings;

/// <summary>The kinds of meeting a product community holds (DOMAIN.md, "Meetings").</summary>
public enum MeetingKind
{
    SteeringGroup,
    CoordinationGroup,
    UserClub,
    Webinar,
    Other,
}
