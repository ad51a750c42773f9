namespace CoordinatorBot.Domain.Priorities;

/// <summary>
/// The week's plan within the hour budget: MUST first, then SHOULD, then COULD, each by due date. An item fits while the
/// hours so far stay within the budget. When the MUST work alone exceeds the budget, that is for the steering group.
/// </summary>
public sealed record WeeklyPlan(DateOnly WeekStart, decimal Budget, IReadOnlyList<PlannedItem> Items)
{
    public decimal MustHours => Items.Where(i => i.Item.Class == MoscowClass.Must).Sum(i => i.Item.Hours);
    public decimal PlannedHours => Items.Where(i => i.Fits).Sum(i => i.Item.Hours);
    public bool MustExceedsBudget => MustHours > Budget;
    public DateOnly WeekEnd => WeekStart.AddDays(6);

    /// <summary>The Monday of the week that holds <paramref name="day"/>.</summary>
    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>
    /// The week a person means when they ask for "the week": this one, but from Friday noon the coming one, since the
    /// ending week has little left to plan.
    /// </summary>
    public static DateOnly WeekToShow(DateTime localNow)
    {
        var today = DateOnly.FromDateTime(localNow);
        var weekend = localNow.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ||
                      (localNow.DayOfWeek == DayOfWeek.Friday && localNow.Hour >= 12);
        return MondayOf(today).AddDays(weekend ? 7 : 0);
    }

    /// <summary>
    /// The plan for the week starting <paramref name="weekStart"/> (a Monday). An item whose due date has passed by
    /// <paramref name="today"/> (the week's start when not given) is overdue.
    /// </summary>
    public static WeeklyPlan Build(DateOnly weekStart, decimal budget, IEnumerable<CoordinatorTask> tasks, IEnumerable<PlanItem> waiting,
        DateOnly? today = null)
    {
        var weekEnd = weekStart.AddDays(6);
        var overdueBefore = today ?? weekStart;
        var items = tasks
            .Where(t => t.Class != MoscowClass.Wont && t.NextOpen is { } due && due <= weekEnd)
            .Select(t => new PlanItem(t.Id, t.Title ?? string.Empty, t.Class, t.EstimateHours, t.NextOpen, PlanSource.Task, t.NextOpen < overdueBefore,
                t.DefaultKey))
            .Concat(waiting.Where(w => w.Class != MoscowClass.Wont))
            .OrderBy(i => i.Class)
            .ThenBy(i => i.Due ?? DateOnly.MaxValue)
            .ThenBy(i => i.Title, StringComparer.Ordinal)
            .ToList();

        var used = 0m;
        var planned = new List<PlannedItem>();
        foreach (var item in items)
        {
            var fits = used + item.Hours <= budget;
            if (fits)
            {
                used += item.Hours;
            }

            planned.Add(new PlannedItem(item, fits));
        }

        return new WeeklyPlan(weekStart, budget, planned);
    }
}
