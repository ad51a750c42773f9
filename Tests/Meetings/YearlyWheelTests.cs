namespace CoordinatorBot.Tests.Meetings;

/// <summary>The yearly wheel's dates: a series' meeting days and the reminders' office days.</summary>
[Trait("Category", "Unit")]
public sealed class YearlyWheelTests
{
    [Fact]
    public void The_coordination_group_meets_the_first_Monday_of_every_month_for_a_year()
    {
        var series = MeetingRecurrence.Of(new DateOnly(2027, 1, 4), 1);

        Assert.Equal((WeekOfMonth.First, DayOfWeek.Monday, new DateOnly(2028, 1, 3)), (series.Week, series.Day, series.Until));
        Assert.Equal(
            [new(2027, 1, 4), new(2027, 2, 1), new(2027, 3, 1), new(2027, 4, 5), new(2027, 5, 3), new(2027, 6, 7), new(2027, 7, 5), new(2027, 8, 2),
             new(2027, 9, 6), new(2027, 10, 4), new(2027, 11, 1), new(2027, 12, 6), new DateOnly(2028, 1, 3)],
            series.Dates());
    }

    [Fact]
    public void The_steering_group_meets_quarterly_on_the_same_weekday_of_the_month()
    {
        // Wednesday 17 March 2027 is the third Wednesday.
        var series = MeetingRecurrence.Of(new DateOnly(2027, 3, 17), 3);

        Assert.Equal(WeekOfMonth.Third, series.Week);
        // A year from it: March 2028's third Wednesday, the 15th, is the fifth meeting.
        Assert.Equal([new(2027, 3, 17), new(2027, 6, 16), new(2027, 9, 15), new(2027, 12, 15), new DateOnly(2028, 3, 15)], series.Dates());
    }

    [Fact]
    public void A_date_late_in_the_month_is_the_last_weekday_of_each_month()
    {
        // Friday 29 January 2027 is a fifth Friday: the last one there is; February's last Friday is the 26th.
        var series = MeetingRecurrence.Of(new DateOnly(2027, 1, 29), 1);

        Assert.Equal(WeekOfMonth.Last, series.Week);
        Assert.Equal([new(2027, 1, 29), new(2027, 2, 26), new DateOnly(2027, 3, 26)], series.Dates().Take(3));
    }

    [Theory]
    [InlineData("2027-02-01", "2027-01-18")] // ten office days: two plain weeks back
    [InlineData("2027-04-05", "2027-03-17")] // Easter 2027: Maundy Thursday 25 March to Easter Monday 29 March are holidays
    [InlineData("2027-01-11", "2026-12-17")] // 24 December to 1 January are no office days
    public void The_agenda_is_due_ten_office_days_before_the_meeting(string meeting, string due)
    {
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
            MeetingDeadlines.AgendaDue(DateOnly.Parse(meeting, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2027-02-01", "2027-02-02")] // a Monday's minutes: Tuesday
    [InlineData("2027-02-05", "2027-02-08")] // a Friday's: Monday
    [InlineData("2027-03-24", "2027-03-30")] // the day before Maundy Thursday: the Tuesday after Easter
    public void The_minutes_are_due_the_office_day_after_the_meeting(string meeting, string due)
    {
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
            MeetingDeadlines.MinutesDue(DateOnly.Parse(meeting, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
