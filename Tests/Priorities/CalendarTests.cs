using CoordinatorBot.Tests.Cards;

namespace CoordinatorBot.Tests.Priorities;

/// <summary>When the weekly nudge is due: cron on the community's clock, daylight saving, holidays, missed runs.</summary>
[Trait("Category", "Unit")]
public sealed class CalendarTests
{
    private static readonly Community Community = CardGallery.Community("OS2mo");

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    [Theory]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2028, "2028-04-16")]
    public void Easter_is_computed(int year, string easter) =>
        Assert.Equal(DateOnly.Parse(easter, CultureInfo.InvariantCulture), DanishHolidays.EasterSunday(year));

    [Theory]
    [InlineData("2026-04-02", true)] // Skærtorsdag
    [InlineData("2026-04-06", true)] // 2. påskedag
    [InlineData("2026-05-14", true)] // Kristi himmelfart
    [InlineData("2026-05-25", true)] // 2. pinsedag
    [InlineData("2026-06-05", true)] // Grundlovsdag
    [InlineData("2026-12-24", true)]
    [InlineData("2026-05-01", false)] // Store Bededag was abolished from 2024 (it would have been 2026-05-01)
    [InlineData("2026-11-30", false)]
    public void Danish_holidays(string day, bool holiday) =>
        Assert.Equal(holiday, DanishHolidays.IsHoliday(DateOnly.Parse(day, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-03-30T06:00:00", "2026-03-30T06:00:00")] // summer time began on Sunday: 08:00 is 06:00 UTC
    [InlineData("2026-10-26T07:00:00", "2026-10-26T07:00:00")] // winter time began on Sunday: 08:00 is 07:00 UTC
    [InlineData("2026-11-30T07:00:00", "2026-11-30T07:00:00")]
    [InlineData("2026-11-30T11:30:00", "2026-11-30T07:00:00")] // back after downtime the same day: the missed run is made
    public void The_nudge_is_due_at_eight_local_time_across_daylight_saving(string now, string due) =>
        Assert.Equal(Utc(due), NudgeCalendar.DueToday(Community, Utc(now)));

    [Theory]
    [InlineData("2026-11-30T06:59:00")] // not yet
    [InlineData("2026-12-01T07:30:00")] // the day after: a missed run is not made late
    [InlineData("2026-12-02T07:30:00")]
    public void No_nudge_is_due(string now) => Assert.Null(NudgeCalendar.DueToday(Community, Utc(now)));

    [Fact]
    public void A_nudge_on_a_holiday_moves_to_the_next_working_day()
    {
        // Easter Monday 2027-03-29 (summer time): the nudge goes out Tuesday at 08:00, not Monday.
        Assert.Null(NudgeCalendar.DueToday(Community, Utc("2027-03-29T09:00:00")));
        Assert.Equal(Utc("2027-03-30T06:00:00"), NudgeCalendar.DueToday(Community, Utc("2027-03-30T06:05:00")));
    }

    [Fact]
    public void The_nudge_day_and_time_come_from_the_community()
    {
        var thursday = Community with { NudgeDay = DayOfWeek.Thursday, NudgeTime = new TimeOnly(13, 15) };

        Assert.Equal("15 13 * * 4", NudgeCalendar.Cron(thursday));
        Assert.Equal(Utc("2026-12-03T12:15:00"), NudgeCalendar.DueToday(thursday, Utc("2026-12-03T12:20:00")));
    }

    [Fact]
    public void A_preference_pauses_stops_or_waits_out_a_vacation()
    {
        var day = new DateOnly(2026, 12, 7);

        Assert.True(new NudgePreference().Wants(day));
        Assert.False(new NudgePreference(Paused: true).Wants(day));
        Assert.False(new NudgePreference(OptedOut: true).Wants(day));
        Assert.False(new NudgePreference(AwayUntil: day).Wants(day));
        Assert.True(new NudgePreference(AwayUntil: day.AddDays(-1)).Wants(day));
    }
}
