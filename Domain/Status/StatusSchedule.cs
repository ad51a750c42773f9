using CoordinatorBot.Domain.Priorities;

namespace CoordinatorBot.Domain.Status;

/// <summary>
/// When a status report's draft is prepared for the coordinator: a set number of office days before each
/// steering-group meeting, or, with no such meeting coming, on a set office day of each month.
/// </summary>
public static class StatusSchedule
{
    public const int DefaultOfficeDaysBefore = 5;

    /// <summary>The office day <paramref name="officeDays"/> office days before the meeting's day.</summary>
    public static DateOnly DraftDay(DateOnly meetingDay, int officeDays) => OfficeDays.Before(meetingDay, officeDays);

    /// <summary>The month's <paramref name="n"/>-th office day (1 is the first): the monthly draft's day without meetings.</summary>
    public static DateOnly MonthlyDraftDay(int year, int month, int n)
    {
        var day = OfficeDays.OnOrAfter(new DateOnly(year, month, 1));
        for (var counted = 1; counted < Math.Max(1, n); counted++)
        {
            day = OfficeDays.OnOrAfter(day.AddDays(1));
        }

        return day;
    }
}
