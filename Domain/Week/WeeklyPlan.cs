namespace CoordinatorBot.Domain.Week;

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

    /// <summary>The plan for the week starting <paramref name="weekStart"/> (a Monday).</summary>
    public static WeeklyPlan Build(DateOnly weekStart, decimal budget, IEnumerable<CoordinatorTask> tasks, IEnumerable<PlanItem> waiting)
    {
        var weekEnd = weekStart.AddDays(6);
        var items = tasks
            .Where(t => t.Class != MoscowClass.Wont && t.NextOpen is { } due && due <= weekEnd)
            .Select(t => new PlanItem(t.Id, t.Title ?? string.Empty, t.Class, t.EstimateHours, t.NextOpen, PlanSource.Task, t.NextOpen < weekStart, t.DefaultKey))
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
