namespace CoordinatorBot.Tests.Priorities;

[Trait("Category", "Unit")]
public sealed class WeeklyPlanTests
{
    private static readonly DateOnly Monday = new(2026, 11, 30);

    private static CoordinatorTask T(string id, MoscowClass c, decimal hours, DateOnly due, Recurrence r = Recurrence.Once) =>
        new(id, null, id, c, hours, r, due);

    [Fact]
    public void An_empty_week_has_nothing_planned_and_no_overflow()
    {
        var plan = WeeklyPlan.Build(Monday, 10, [], []);

        Assert.Empty(plan.Items);
        Assert.Equal((0m, 0m, false), (plan.PlannedHours, plan.MustHours, plan.MustExceedsBudget));
    }

    [Fact]
    public void Must_comes_first_then_should_then_could_each_by_due_date_and_an_exact_fit_fits()
    {
        var plan = WeeklyPlan.Build(Monday, 10,
        [
            T("could", MoscowClass.Could, 2, Monday),
            T("should-late", MoscowClass.Should, 3, Monday.AddDays(4)),
            T("must", MoscowClass.Must, 3, Monday.AddDays(2)),
            T("should-early", MoscowClass.Should, 2, Monday.AddDays(1)),
            T("wont", MoscowClass.Wont, 1, Monday),
            T("next-week", MoscowClass.Must, 5, Monday.AddDays(7)),
        ], []);

        Assert.Equal(["must", "should-early", "should-late", "could"], plan.Items.Select(i => i.Item.Id));
        Assert.All(plan.Items, i => Assert.True(i.Fits));
        Assert.Equal(10m, plan.PlannedHours);
    }

    [Fact]
    public void What_does_not_fit_is_said_and_smaller_items_after_it_may_still_fit()
    {
        var plan = WeeklyPlan.Build(Monday, 5, [T("a", MoscowClass.Must, 4, Monday), T("b", MoscowClass.Should, 3, Monday), T("c", MoscowClass.Could, 1, Monday)], []);

        Assert.Equal([true, false, true], plan.Items.Select(i => i.Fits));
        Assert.False(plan.MustExceedsBudget);
    }

    [Fact]
    public void Must_work_over_the_budget_is_overflow_for_the_steering_group()
    {
        var plan = WeeklyPlan.Build(Monday, 5, [T("a", MoscowClass.Must, 4, Monday), T("b", MoscowClass.Must, 3, Monday.AddDays(1))],
            [new PlanItem("B-2026-001", "B-2026-001", MoscowClass.Must, 0.5m, Monday, PlanSource.Decision)]);

        Assert.True(plan.MustExceedsBudget);
        Assert.Equal(7.5m, plan.MustHours);
        Assert.Equal(4.5m, plan.PlannedHours);
    }

    [Fact]
    public void An_overdue_occurrence_is_planned_and_marked_overdue()
    {
        var plan = WeeklyPlan.Build(Monday, 10, [T("late", MoscowClass.Should, 1, Monday.AddDays(-10))], []);

        Assert.True(Assert.Single(plan.Items).Item.Overdue);
    }

    [Fact]
    public void A_monthly_task_on_the_31st_falls_on_the_last_day_of_shorter_months_or_the_office_day_after()
    {
        var task = T("report", MoscowClass.Must, 1, new DateOnly(2027, 1, 31), Recurrence.Monthly);

        // 31 January and 28 February 2027 are Sundays.
        Assert.Equal([new DateOnly(2027, 2, 1), new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 31), new DateOnly(2027, 4, 30)],
            Enumerable.Range(0, 4).Select(n => Occurrences.Nth(task, n)));
        Assert.Equal(new DateOnly(2028, 2, 29), Occurrences.Nth(task with { Due = new DateOnly(2028, 1, 31) }, 1));
    }

    [Fact]
    public void Marking_a_recurring_task_done_moves_it_to_its_next_occurrence_and_a_one_off_task_leaves_the_plan()
    {
        var weekly = T("weekly", MoscowClass.Must, 1, Monday, Recurrence.Weekly).MarkDone(DateTimeOffset.UnixEpoch);
        var once = T("once", MoscowClass.Must, 1, Monday).MarkDone(DateTimeOffset.UnixEpoch);

        Assert.Equal(Monday.AddDays(7), weekly.NextOpen);
        Assert.Null(once.NextOpen);
        Assert.Empty(WeeklyPlan.Build(Monday, 10, [weekly, once], []).Items);
        Assert.Equal(new DateOnly(2026, 3, 2), T("y", MoscowClass.Must, 1, new DateOnly(2024, 2, 29), Recurrence.Yearly).Also(t => Occurrences.Nth(t, 2)));
        Assert.Equal(new DateOnly(2027, 3, 1), T("y", MoscowClass.Must, 1, new DateOnly(2024, 2, 29), Recurrence.Yearly).Also(t => Occurrences.Nth(t, 3)));
    }

    [Fact]
    public void The_default_tasks_follow_the_role_description_and_include_its_yearly_revision()
    {
        var tasks = DefaultTasks.For(Monday);

        Assert.Contains(tasks, t => t.DefaultKey == "RoleRevision" && t.Recurrence == Recurrence.Yearly && t.Class == MoscowClass.Must);
        Assert.Equal([MoscowClass.Must, MoscowClass.Should, MoscowClass.Could], tasks.Select(t => t.Class).Distinct().Order());
    }

    [Fact]
    public void The_week_starts_on_monday() =>
        Assert.Equal(Monday, WeeklyPlan.MondayOf(new DateOnly(2026, 12, 6)));
}

internal static class TaskTestExtensions
{
    public static TResult Also<T, TResult>(this T value, Func<T, TResult> map) => map(value);
}
