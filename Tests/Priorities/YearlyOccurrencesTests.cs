namespace CoordinatorBot.Tests.Priorities;

/// <summary>Monthly and yearly tasks fall due on office days, as every other due date does; their rhythm stays the task's own.</summary>
[Trait("Category", "Unit")]
public sealed class YearlyOccurrencesTests
{
    private static DateOnly Day(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    private static CoordinatorTask Task(Recurrence recurrence, string due, string? doneThrough = null) =>
        new("t1", null, "Revidér funktionsbeskrivelsen", MoscowClass.Must, 3, recurrence, Day(due), DoneThrough: doneThrough is null ? null : Day(doneThrough));

    [Fact]
    public void A_yearly_task_on_a_Sunday_falls_due_the_Monday_after_and_next_year_on_its_own_day()
    {
        var task = Task(Recurrence.Yearly, "2027-03-07"); // a Sunday, as release 4's default tasks stored it

        Assert.Equal(Day("2027-03-08"), task.NextOpen);
        Assert.Equal([Day("2027-03-08")], Occurrences.InYear(task, 2027));
        Assert.Equal([Day("2028-03-07")], Occurrences.InYear(task, 2028)); // a Tuesday
        Assert.Empty(Occurrences.InYear(task, 2026));
    }

    [Fact]
    public void An_occurrence_marked_done_on_its_Sunday_before_it_moved_stays_done()
    {
        Assert.Equal(Day("2028-03-07"), Task(Recurrence.Yearly, "2027-03-07", doneThrough: "2027-03-07").NextOpen);
        Assert.Equal(Day("2028-03-07"), Task(Recurrence.Yearly, "2027-03-07", doneThrough: "2027-03-08").NextOpen);
    }

    [Fact]
    public void A_monthly_task_skips_weekends_holidays_and_the_days_between_Christmas_and_New_Year()
    {
        var task = Task(Recurrence.Monthly, "2026-11-24");

        Assert.Equal(Day("2026-11-24"), Occurrences.Nth(task, 0));
        Assert.Equal(Day("2027-01-04"), Occurrences.Nth(task, 1)); // 24 December: the first office day of the new year
        Assert.Equal(Day("2027-01-25"), Occurrences.Nth(task, 2)); // 24 January 2027 is a Sunday
        Assert.All(Enumerable.Range(0, 36).Select(n => Occurrences.Nth(task, n)), d => Assert.True(OfficeDays.IsOfficeDay(d), d.ToString("O", CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void The_default_tasks_first_days_are_office_days()
    {
        foreach (var today in Enumerable.Range(0, 28).Select(i => Day("2026-12-01").AddDays(i)))
        {
            Assert.All(DefaultTasks.For(today).Where(t => t.Recurrence != Recurrence.Weekly),
                t => Assert.True(OfficeDays.IsOfficeDay(t.Due), $"{t.DefaultKey} {t.Due:O} from {today:O}"));
        }
    }
}
