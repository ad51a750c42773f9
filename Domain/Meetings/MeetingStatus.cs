namespace CoordinatorBot.Domain.Meetings;

/// <summary>Where a meeting is on its way: planned → agenda sent → minutes drafted → minutes approved → published; or cancelled.</summary>
public enum MeetingStatus
{
    Planned,
    AgendaSent,
    MinutesDraft,
    MinutesApproved,
    Published,
    Cancelled,
}
