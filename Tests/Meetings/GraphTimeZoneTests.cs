using Microsoft.Graph.Models;
using static CoordinatorBot.Tests.Support.CopenhagenTime;

namespace CoordinatorBot.Tests.Meetings;

/// <summary>Times in Graph's dateTimeTimeZone form: written in the community's zone by its Windows name, read back in any zone.</summary>
[Trait("Category", "Unit")]
public sealed class GraphTimeZoneTests
{
    [Fact]
    public void An_instant_is_written_as_the_wall_clock_time_in_winter_and_summer_with_the_windows_zone_name()
    {
        var winter = GraphTimeZone.From(Instant("2026-12-08T09:00:00Z"), Copenhagen);
        var summer = GraphTimeZone.From(Instant("2027-06-08T08:00:00Z"), Copenhagen);

        Assert.Equal(("2026-12-08T10:00:00", "Romance Standard Time"), (winter.DateTime, winter.TimeZone));
        Assert.Equal("2027-06-08T10:00:00", summer.DateTime);
    }

    [Theory]
    [InlineData("2026-12-07T09:00:00.0000000", "Romance Standard Time", "2026-12-07T08:00:00Z")]
    [InlineData("2027-06-07T09:00:00.0000000", "Romance Standard Time", "2027-06-07T07:00:00Z")]
    [InlineData("2026-12-07T09:00:00.0000000", "UTC", "2026-12-07T09:00:00Z")]
    [InlineData("2026-12-07T09:00:00.0000000", "Pacific Standard Time", "2026-12-07T17:00:00Z")]
    [InlineData("2026-12-07T09:00:00.0000000", "Mars/Olympus", "2026-12-07T08:00:00Z")]
    public void A_time_from_graph_is_read_in_the_zone_it_names_or_else_the_community_s(string dateTime, string zone, string expected)
    {
        Assert.Equal(Instant(expected), GraphTimeZone.ToInstant(new DateTimeTimeZone { DateTime = dateTime, TimeZone = zone }, Copenhagen));
    }

    [Fact]
    public void No_time_is_no_instant() =>
        Assert.Null(GraphTimeZone.ToInstant(new DateTimeTimeZone { DateTime = "i morgen", TimeZone = "UTC" }, Copenhagen));

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
