namespace CoordinatorBot.Domain.Priorities;

/// <summary>
/// When a task falls due. A monthly task on the 31st falls on the last day of shorter months; a yearly one on 29 February
/// on the 28th. A monthly or yearly occurrence that lands on a weekend, a holiday or between Christmas and New Year falls
/// due on the next office day, as every other due date does; the next one is counted from the task's own day again.
/// </summary>
public static class Occurrences
{
    /// <summary>The n-th occurrence (0 is <see cref="CoordinatorTask.Due"/>, or the office day after it).</summary>
    public static DateOnly Nth(CoordinatorTask task, int n) => task.Recurrence switch
    {
        Recurrence.Monthly or Recurrence.Yearly => OfficeDays.OnOrAfter(Scheduled(task, n)),
        _ => Scheduled(task, n),
    };

    /// <summary>The first occurrence after <paramref name="after"/> (or the first at all); null when a one-off task is done.</summary>
    public static DateOnly? FirstAfter(CoordinatorTask task, DateOnly? after)
    {
        if (after is null)
        {
            return Nth(task, 0);
        }

        if (task.Recurrence == Recurrence.Once)
        {
            return after >= task.Due ? null : task.Due;
        }

        for (var n = 0; n < 5000; n++)
        {
            // An occurrence marked done before it was moved to an office day (a Sunday) counts as done once moved.
            if (Nth(task, n) is var date && date > after && Scheduled(task, n) > after)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The occurrences that fall due in <paramref name="year"/>, in order.</summary>
    public static IReadOnlyList<DateOnly> InYear(CoordinatorTask task, int year)
    {
        if (task.Recurrence == Recurrence.Once)
        {
            return task.Due.Year == year ? [task.Due] : [];
        }

        var days = new List<DateOnly>();
        for (var n = 0; n < 5000; n++)
        {
            var day = Nth(task, n);
            if (day.Year > year)
            {
                break;
            }

            if (day.Year == year)
            {
                days.Add(day);
            }
        }

        return days;
    }

    /// <summary>The day the task's rhythm gives, before any move to an office day.</summary>
    private static DateOnly Scheduled(CoordinatorTask task, int n) => task.Recurrence switch
    {
        Recurrence.Weekly => task.Due.AddDays(7 * n),
        Recurrence.Monthly => Clamp(task.Due.AddMonths(n).Year, task.Due.AddMonths(n).Month, task.Due.Day),
        Recurrence.Yearly => Clamp(task.Due.Year + n, task.Due.Month, task.Due.Day),
        _ => task.Due,
    };

    private static DateOnly Clamp(int year, int month, int day) => new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
}
