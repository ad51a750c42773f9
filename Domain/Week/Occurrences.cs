namespace CoordinatorBot.Domain.Week;

/// <summary>When a task falls due. A monthly task on the 31st falls on the last day of shorter months; a yearly one on 29 February on the 28th.</summary>
public static class Occurrences
{
    /// <summary>The n-th occurrence (0 is <see cref="CoordinatorTask.Due"/>).</summary>
    public static DateOnly Nth(CoordinatorTask task, int n) => task.Recurrence switch
    {
        Recurrence.Weekly => task.Due.AddDays(7 * n),
        Recurrence.Monthly => Clamp(task.Due.AddMonths(n).Year, task.Due.AddMonths(n).Month, task.Due.Day),
        Recurrence.Yearly => Clamp(task.Due.Year + n, task.Due.Month, task.Due.Day),
        _ => task.Due,
    };

    /// <summary>The first occurrence after <paramref name="after"/> (or the first at all); null when a one-off task is done.</summary>
    public static DateOnly? FirstAfter(CoordinatorTask task, DateOnly? after)
    {
        if (after is null)
        {
            return task.Due;
        }

        if (task.Recurrence == Recurrence.Once)
        {
            return after >= task.Due ? null : task.Due;
        }

        for (var n = 0; n < 5000; n++)
        {
            if (Nth(task, n) is var date && date > after)
            {
                return date;
            }
        }

        return null;
    }

    private static DateOnly Clamp(int year, int month, int day) => new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
}
