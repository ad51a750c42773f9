namespace CoordinatorBot.Tests.Priorities;

/// <summary>The week as a person reads it: which week "opgaver" means, what is overdue, and "Udført" taken back.</summary>
[Trait("Category", "Unit")]
public sealed class WeekAsReadTests
{
    private static readonly DateOnly Monday = new(2026, 11, 30);

    [Theory]
    [InlineData("2026-11-30T08:00", "2026-11-30")] // Monday morning: this week
    [InlineData("2026-12-04T11:59", "2026-11-30")] // Friday before noon: this week
    [InlineData("2026-12-04T12:00", "2026-12-07")] // Friday afternoon: the coming week
    [InlineData("2026-12-05T10:00", "2026-12-07")] // Saturday
    [InlineData("2026-12-06T23:59", "2026-12-07")] // Sunday night
    public void From_Friday_afternoon_the_week_shown_is_the_coming_one(string localNow, string monday) =>
        Assert.Equal(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture),
            WeeklyPlan.WeekToShow(DateTime.Parse(localNow, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Looking_back_on_a_Sunday_every_passed_due_date_is_overdue()
    {
        var sunday = Monday.AddDays(6);
        var plan = WeeklyPlan.Build(Monday, 10,
            [new CoordinatorTask("wed", null, "Onsdag", MoscowClass.Must, 1, Recurrence.Once, Monday.AddDays(2)),
             new CoordinatorTask("sun", null, "Søndag", MoscowClass.Must, 1, Recurrence.Once, sunday)], [], today: sunday);

        Assert.True(plan.Items.Single(i => i.Item.Id == "wed").Item.Overdue);
        Assert.False(plan.Items.Single(i => i.Item.Id == "sun").Item.Overdue);
    }

    [Fact]
    public void Done_can_be_taken_back_for_a_day_and_the_task_is_open_again()
    {
        var at = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
        var weekly = new CoordinatorTask("w", null, "Ugentlig", MoscowClass.Must, 1, Recurrence.Weekly, Monday);
        var done = weekly.MarkDone(at);

        Assert.Equal(Monday.AddDays(7), done.NextOpen);
        Assert.Equal(Monday, done.Undo(at.AddHours(23))!.NextOpen);
        Assert.Null(done.Undo(at.AddDays(1)));
        Assert.Null(weekly.Undo(at));
    }
}
