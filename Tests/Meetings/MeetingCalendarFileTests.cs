using System.Text;
using CoordinatorBot.Bot.Features.Meetings;
using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Domain.Communities;
using Ical.Net;
using Ical.Net.CalendarComponents;

namespace CoordinatorBot.Tests.Meetings;

/// <summary>The calendar file, read back with Ical.Net: one event with organizer, attendees, the time zone and the agenda.</summary>
[Trait("Category", "Unit")]
public sealed class MeetingCalendarFileTests
{
    private static readonly CommunityClock Copenhagen = CommunityClock.Of("Europe/Copenhagen");

    [Fact]
    public void The_file_holds_one_event_at_the_local_time_with_its_zone_organizer_attendees_and_agenda()
    {
        var meeting = Cards.MeetingGallery.Sample() with { JoinUrl = "https://teams.microsoft.com/l/meetup-join/x" };

        var calendar = Read(MeetingCalendarFile.Build(new Texts(Language.Danish), meeting, Copenhagen, "moeder@os2.eu"));

        var e = Assert.Single(calendar.Events);
        Assert.Equal("Styregruppemøde: Styregruppemøde december <b>&</b>", e.Summary);
        Assert.Equal("Europe/Copenhagen", e.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 12, 8, 10, 0, 0), e.DtStart.Value);
        Assert.Equal(new DateTime(2026, 12, 8, 11, 30, 0), e.DtEnd!.Value);
        Assert.Equal(meeting.Start, new DateTimeOffset(e.DtStart.AsUtc));
        Assert.Single(calendar.TimeZones);
        Assert.Equal("mailto:moeder@os2.eu", e.Organizer!.Value!.ToString());
        Assert.Equal(11, e.Attendees.Count);
        Assert.Contains(e.Attendees, a => a.Value!.ToString() == "mailto:sg1@kommune.dk" && a.CommonName == "Styregruppemedlem 1");
        Assert.Contains("2. 1. Budget 2027 & <prioriteter>", e.Description, StringComparison.Ordinal);
        Assert.Contains("https://teams.microsoft.com/l/meetup-join/x", e.Description, StringComparison.Ordinal);
        Assert.Equal($"{meeting.Id}@coordinatorbot", e.Uid);
    }

    [Fact]
    public void A_summer_meeting_keeps_its_wall_clock_time_and_a_cancelled_one_is_a_cancelled_event()
    {
        var summer = Cards.MeetingGallery.Sample().MovedTo(DateTimeOffset.Parse("2027-06-15T07:00:00Z", System.Globalization.CultureInfo.InvariantCulture))
            .Cancelled("Aflyst");

        var e = Assert.Single(Read(MeetingCalendarFile.Build(new Texts(Language.English), summer, Copenhagen, null)).Events);

        Assert.Equal(new DateTime(2027, 6, 15, 9, 0, 0), e.DtStart!.Value);
        Assert.Equal("CANCELLED", e.Status);
        Assert.Null(e.Organizer);
        Assert.StartsWith("Steering group meeting: ", e.Summary, StringComparison.Ordinal);
    }

    private static Calendar Read(byte[] file) => Calendar.Load(Encoding.UTF8.GetString(file))!;
}
