namespace CoordinatorBot.Domain.Meetings;

/// <summary>Whether a person may plan or change a meeting, and if not, why.</summary>
public enum MeetingPermission
{
    Allowed,
    NotCoordinator,
    Cancelled,
    Past,
}
