namespace CoordinatorBot.Domain.Meetings;

/// <summary>
/// A series in the yearly wheel: the same weekday of the month (the first Monday, …) every <see cref="IntervalMonths"/>
/// months — monthly for the coordination group, quarterly for the steering group — up to and including
/// <see cref="Until"/>. Graph books it as a relativeMonthly pattern with an end date.
/// </summary>
public sealed record MeetingRecurrence(int IntervalMonths, WeekOfMonth Week, DayOfWeek Day, DateOnly First, DateOnly Until)
{
    /// <summary>Monthly and quarterly are what the form offers.</summary>
    public static readonly IReadOnlyList<int> Intervals = [1, 3];

    /// <summary>The series the first meeting's date describes ("the first Monday"), for a year from it.</summary>
    public static MeetingRecurrence Of(DateOnly first, int intervalMonths) =>
        new(intervalMonths, WeekOf(first), first.DayOfWeek, first, first.AddYears(1).AddDays(-1));

    /// <summary>The 8th to the 14th is the second; from the 29th the last (a fifth one is the last there is).</summary>
    public static WeekOfMonth WeekOf(DateOnly day) => ((day.Day - 1) / 7) switch
    {
        0 => WeekOfMonth.First,
        1 => WeekOfMonth.Second,
        2 => WeekOfMonth.Third,
        3 => WeekOfMonth.Fourth,
        _ => WeekOfMonth.Last,
    };

    /// <summary>The <paramref name="week"/>'s <paramref name="day"/> of a month.</summary>
    public static DateOnly DayIn(int year, int month, WeekOfMonth week, DayOfWeek day)
    {
        if (week == WeekOfMonth.Last)
        {
            var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            return last.AddDays(-(((int)last.DayOfWeek - (int)day + 7) % 7));
        }

        var first = new DateOnly(year, month, 1);
        return first.AddDays((((int)day - (int)first.DayOfWeek + 7) % 7) + (7 * (int)week));
    }

    /// <summary>Every meeting day of the series, the first included, in order.</summary>
    public IReadOnlyList<DateOnly> Dates()
    {
        var dates = new List<DateOnly>();
        for (var month = new DateOnly(First.Year, First.Month, 1); ; month = month.AddMonths(IntervalMonths))
        {
            var day = DayIn(month.Year, month.Month, Week, Day);
            if (day > Until)
            {
                return dates;
            }

            if (day >= First)
            {
                dates.Add(day);
            }
        }
    }
}
