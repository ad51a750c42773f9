namespace CoordinatorBot.Domain.Priorities;

/// <summary>
/// Days when people are at work and can act on something: weekdays that are neither public holidays nor the days
/// between Christmas and New Year, when Danish offices are as good as closed. Default deadlines and due dates land on
/// them, so that nobody is given a Sunday or 29 December.
/// </summary>
public static class OfficeDays
{
    public static bool IsOfficeDay(DateOnly day) => DanishHolidays.IsWorkingDay(day) && !IsBetweenChristmasAndNewYear(day);

    /// <summary>The day itself when it is an office day, otherwise the next one.</summary>
    public static DateOnly OnOrAfter(DateOnly day)
    {
        while (!IsOfficeDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>The day itself when it is an office day, otherwise the one before (for a date that must not be late).</summary>
    public static DateOnly OnOrBefore(DateOnly day)
    {
        while (!IsOfficeDay(day))
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    /// <summary>The office day <paramref name="count"/> office days before <paramref name="day"/> (which itself does not count).</summary>
    public static DateOnly Before(DateOnly day, int count)
    {
        for (var counted = 0; counted < count;)
        {
            day = day.AddDays(-1);
            if (IsOfficeDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    private static bool IsBetweenChristmasAndNewYear(DateOnly day) => day is { Month: 12, Day: >= 24 } || day is { Month: 1, Day: 1 };
}
