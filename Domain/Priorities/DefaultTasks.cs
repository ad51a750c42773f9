namespace CoordinatorBot.Domain.Priorities;

/// <summary>
/// The tasks a new community starts with, from the role description's MUST, SHOULD and COULD duties, including the
/// yearly revision of the role description with the steering group. Their titles are texts (Task{Key}).
/// </summary>
public static class DefaultTasks
{
    public static IReadOnlyList<CoordinatorTask> For(DateOnly today)
    {
        // A community set up at the weekend starts with the coming week, not with a week of tasks already late.
        var monday = WeeklyPlan.MondayOf(today).AddDays(today.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 7 : 0);
        // A monthly or yearly task's first day is an office day, as its later ones are (monday + 90 days is a Sunday);
        // a weekly task keeps its weekday.
        CoordinatorTask T(string key, MoscowClass c, decimal hours, Recurrence r, DateOnly due) =>
            new($"default-{key.ToLowerInvariant()}", key, null, c, hours, r, r == Recurrence.Weekly ? due : OfficeDays.OnOrAfter(due));
        return
        [
            T("SteeringSupport", MoscowClass.Must, 2, Recurrence.Weekly, monday.AddDays(1)),
            T("Backlog", MoscowClass.Must, 2, Recurrence.Weekly, monday.AddDays(2)),
            T("DecisionLog", MoscowClass.Must, 1, Recurrence.Weekly, monday.AddDays(4)),
            T("OnboardingFollowUp", MoscowClass.Must, 1, Recurrence.Weekly, monday.AddDays(3)),
            T("Wishes", MoscowClass.Should, 1, Recurrence.Weekly, monday.AddDays(3)),
            T("UserClub", MoscowClass.Should, 3, Recurrence.Monthly, monday.AddDays(10)),
            T("StatusMaterial", MoscowClass.Should, 2, Recurrence.Monthly, monday.AddDays(24)),
            T("Survey", MoscowClass.Could, 4, Recurrence.Yearly, monday.AddDays(60)),
            T("Showcase", MoscowClass.Could, 3, Recurrence.Monthly, monday.AddDays(17)),
            T("RoleRevision", MoscowClass.Must, 3, Recurrence.Yearly, monday.AddDays(90)),
        ];
    }
}
