namespace CoordinatorBot.Domain.Meetings;

/// <summary>Why a meeting cannot be planned as entered.</summary>
public enum MeetingProblem
{
    Title,
    Date,
    DateInPast,
    Start,
    EndBeforeStart,
    TooLong,
    NoAttendees,
    ExternalAddress,
    Agenda,
    Place,
}
