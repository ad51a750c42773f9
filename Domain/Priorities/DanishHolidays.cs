namespace CoordinatorBot.Domain.Priorities;

/// <summary>
/// Danish public holidays (helligdage) and the days public offices close (Grundlovsdag, Christmas Eve), computed from
/// Easter. Store Bededag is no longer a holiday from 2024.
/// </summary>
public static class DanishHolidays
{
    public static bool IsHoliday(DateOnly day)
    {
        if (day is { Month: 1, Day: 1 } or { Month: 6, Day: 5 } or { Month: 12, Day: 24 or 25 or 26 })
        {
            return true;
        }

        var easter = EasterSunday(day.Year);
        int[] offsets = day.Year < 2024 ? [-3, -2, 0, 1, 26, 39, 49, 50] : [-3, -2, 0, 1, 39, 49, 50];
        return offsets.Any(o => easter.AddDays(o) == day);
    }

    public static bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(day);

    /// <summary>The day itself when it is a working day, otherwise the next one.</summary>
    public static DateOnly NextWorkingDay(DateOnly day)
    {
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451, month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
