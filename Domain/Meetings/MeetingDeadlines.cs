using CoordinatorBot.Domain.Priorities;

namespace CoordinatorBot.Domain.Meetings;

/// <summary>
/// When the coordinator is reminded of a meeting: the agenda ten office days before it, the minutes the office day
/// after it. Office days skip weekends, Danish public holidays and the days between Christmas and New Year.
/// </summary>
public static class MeetingDeadlines
{
    public const int AgendaOfficeDaysAhead = 10;

    public static DateOnly AgendaDue(DateOnly meetingDay) => OfficeDays.Before(meetingDay, AgendaOfficeDaysAhead);

    public static DateOnly MinutesDue(DateOnly meetingDay) => OfficeDays.OnOrAfter(meetingDay.AddDays(1));
}
