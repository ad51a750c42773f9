namespace CoordinatorBot.Tests.Domain;

/// <summary>
/// The community's clock across the daylight-saving changes of 2026 and 2027 in Copenhagen: spring forward on the last
/// Sunday of March at 02:00 (to 03:00), back on the last Sunday of October at 03:00 (to 02:00).
/// </summary>
[Trait("Category", "Unit")]
public sealed class CommunityClockTests
{
    private static readonly CommunityClock Copenhagen = CommunityClock.Of("Europe/Copenhagen");

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static TimeOnly Time(string text) => TimeOnly.ParseExact(text, "HH:mm", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-03-29", "01:59", "2026-03-29T00:59:00Z")]
    [InlineData("2026-03-29", "03:00", "2026-03-29T01:00:00Z")]
    [InlineData("2026-10-25", "01:59", "2026-10-24T23:59:00Z")]
    [InlineData("2026-10-25", "03:00", "2026-10-25T02:00:00Z")]
    [InlineData("2027-03-28", "08:00", "2027-03-28T06:00:00Z")]
    [InlineData("2027-10-31", "08:00", "2027-10-31T07:00:00Z")]
    [InlineData("2027-01-04", "08:00", "2027-01-04T07:00:00Z")]
    [InlineData("2027-07-05", "08:00", "2027-07-05T06:00:00Z")]
    public void An_ordinary_local_time_is_the_instant_it_names(string date, string time, string expected) =>
        Assert.Equal(Utc(expected), Copenhagen.ToInstant(Date(date), Time(time)));

    [Theory]
    [InlineData("2026-03-29", "02:00")]
    [InlineData("2026-03-29", "02:10")]
    [InlineData("2026-03-29", "02:30")]
    [InlineData("2026-03-29", "02:59")]
    public void A_time_the_spring_change_of_2026_skips_becomes_three_oclock(string date, string time) =>
        Assert.Equal(Utc("2026-03-29T01:00:00Z"), Copenhagen.ToInstant(Date(date), Time(time)));

    [Theory]
    [InlineData("02:00")]
    [InlineData("02:45")]
    public void A_time_the_spring_change_of_2027_skips_becomes_three_oclock(string time) =>
        Assert.Equal(Utc("2027-03-28T01:00:00Z"), Copenhagen.ToInstant(Date("2027-03-28"), Time(time)));

    [Theory]
    [InlineData("2026-10-25", "02:00", "2026-10-25T00:00:00Z")]
    [InlineData("2026-10-25", "02:30", "2026-10-25T00:30:00Z")]
    [InlineData("2026-10-25", "02:59", "2026-10-25T00:59:00Z")]
    [InlineData("2027-10-31", "02:30", "2027-10-31T00:30:00Z")]
    public void A_time_the_autumn_change_shows_twice_is_the_first_of_the_two(string date, string time, string expected) =>
        Assert.Equal(Utc(expected), Copenhagen.ToInstant(Date(date), Time(time)));

    [Fact]
    public void Seconds_inside_the_spring_gap_also_move_to_its_end()
    {
        var local = new DateTime(2026, 3, 29, 2, 15, 42, DateTimeKind.Local);

        Assert.Equal(Utc("2026-03-29T01:00:00Z"), Copenhagen.ToInstant(local));
    }

    [Theory]
    [InlineData("2026-03-29T00:59:00Z", "2026-03-29T01:59:00+01:00")]
    [InlineData("2026-03-29T01:00:00Z", "2026-03-29T03:00:00+02:00")]
    [InlineData("2026-10-25T00:30:00Z", "2026-10-25T02:30:00+02:00")]
    [InlineData("2026-10-25T01:30:00Z", "2026-10-25T02:30:00+01:00")]
    [InlineData("2027-03-28T01:00:00Z", "2027-03-28T03:00:00+02:00")]
    [InlineData("2027-10-31T00:59:00Z", "2027-10-31T02:59:00+02:00")]
    [InlineData("2027-10-31T01:00:00Z", "2027-10-31T02:00:00+01:00")]
    public void An_instant_reads_as_the_wall_clock_showed_it(string instant, string expected)
    {
        var local = Copenhagen.ToLocal(Utc(instant));

        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), local);
        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture).Offset, local.Offset);
    }

    [Theory]
    [InlineData("2026-12-31T22:59:00Z", "2026-12-31")]
    [InlineData("2026-12-31T23:00:00Z", "2027-01-01")]
    [InlineData("2026-06-30T21:59:00Z", "2026-06-30")]
    [InlineData("2026-06-30T22:00:00Z", "2026-07-01")]
    [InlineData("2026-03-28T23:00:00Z", "2026-03-29")]
    [InlineData("2026-03-29T21:59:00Z", "2026-03-29")]
    [InlineData("2026-03-29T22:00:00Z", "2026-03-30")]
    [InlineData("2027-10-30T21:59:00Z", "2027-10-30")]
    [InlineData("2027-10-30T22:00:00Z", "2027-10-31")]
    [InlineData("2027-10-31T22:59:00Z", "2027-10-31")]
    [InlineData("2027-10-31T23:00:00Z", "2027-11-01")]
    public void Today_is_the_date_on_the_communitys_clock(string now, string today) =>
        Assert.Equal(Date(today), Copenhagen.Today(Utc(now)));

    [Theory]
    [InlineData("2026-03-29")]
    [InlineData("2026-10-25")]
    [InlineData("2027-03-28")]
    [InlineData("2027-10-31")]
    public void Every_quarter_hour_of_a_change_day_goes_to_an_instant_and_back(string date)
    {
        for (var local = Date(date).ToDateTime(TimeOnly.MinValue); local < Date(date).AddDays(1).ToDateTime(TimeOnly.MinValue); local = local.AddMinutes(15))
        {
            var instant = Copenhagen.ToInstant(local);
            var back = Copenhagen.ToLocal(instant).DateTime;

            if (Copenhagen.Zone.IsInvalidTime(local))
            {
                Assert.Equal(new DateTime(local.Year, local.Month, local.Day, 3, 0, 0), back);
            }
            else
            {
                Assert.Equal(local, back);
            }

            Assert.Equal(TimeSpan.Zero, instant.Offset);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Mars/Olympus_Mons")]
    public void An_unknown_zone_falls_back_to_Copenhagen(string? zoneId)
    {
        var clock = CommunityClock.Of(zoneId);

        Assert.Equal(Utc("2026-03-29T01:00:00Z"), clock.ToInstant(Date("2026-03-29"), Time("02:30")));
        Assert.Equal("Europe/Copenhagen", clock.Zone.Id);
    }

    [Fact]
    public void A_community_in_another_zone_keeps_its_own_clock()
    {
        var community = new Community
        {
            Id = "19:nuuk@thread.tacv2", TenantId = "t", Name = "Nuuk", CreatedAt = Utc("2026-01-01T00:00:00Z"),
            Channel = new ChannelAddress("https://smba.trafficmanager.net/emea/", "19:nuuk@thread.tacv2", "28:bot"),
            TimeZoneId = "America/Nuuk",
        };

        var clock = CommunityClock.Of(community);

        Assert.Equal("America/Nuuk", clock.Zone.Id);
        Assert.Equal(Date("2026-12-31"), clock.Today(Utc("2027-01-01T00:30:00Z")));
    }
}
