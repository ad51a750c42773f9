using Calendar = Ical.Net.Calendar;
using static CoordinatorBot.Tests.Support.CopenhagenTime;

namespace CoordinatorBot.Tests.Meetings;

/// <summary>The calendar file, read back with Ical.Net: one event with organizer, attendees, the time zone and the agenda.</summary>
[Trait("Category", "Unit")]
public sealed class MeetingCalendarFileTests
{
    [Fact]
    public void The_file_holds_one_event_at_the_local_time_with_its_zone_organizer_attendees_and_agenda()
    {
        var meeting = Cards.MeetingGallery.Sample() with { JoinUrl = "https://teams.microsoft.com/l/meetup-join/x" };

        var calendar = Read(MeetingCalendarFile.Build(new Texts(Language.Danish), meeting, Copenhagen, "moeder@os2.eu"));

        var e = Assert.Single(calendar.Events);
        Assert.Equal("Styregruppemøde december <b>&</b>", e.Summary); // the title says the kind: not twice
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
        Assert.Equal(2, e.Sequence); // moved, then cancelled: this file replaces the earlier ones
    }

    [Fact]
    public void The_time_zone_has_its_standard_and_daylight_rules_as_RFC_5545_asks()
    {
        var text = Encoding.UTF8.GetString(MeetingCalendarFile.Build(new Texts(Language.Danish), Cards.MeetingGallery.Sample(), Copenhagen, null));

        var zone = Assert.Single(Calendar.Load(text)!.TimeZones);
        var parts = zone.Children.OfType<Ical.Net.VTimeZoneInfo>().ToList();
        Assert.Equal(["DAYLIGHT", "STANDARD"], parts.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.All(parts, p => Assert.Equal(Ical.Net.FrequencyType.Yearly, p.RecurrenceRule!.Frequency)); // the rule of every year, not one date
        Assert.Contains("TZOFFSETTO:+0200", text, StringComparison.Ordinal);
        Assert.Contains("TZOFFSETTO:+0100", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_online_meeting_without_a_link_has_no_location_and_says_who_sends_the_link()
    {
        var e = Assert.Single(Read(MeetingCalendarFile.Build(new Texts(Language.English), Cards.MeetingGallery.Sample() with { Title = "December" },
            Copenhagen, null)).Events);

        Assert.Null(e.Location);
        Assert.Equal("Steering group meeting: December", e.Summary);
        Assert.Contains("Where: Online – Karen sends the link", e.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meeting_Graph_booked_carries_the_events_iCalUId_and_an_occurrence_its_series_uid_and_recurrence_id()
    {
        const string Uid = "040000008200E00074C5B7101A82E00800000000D0E1B2A3C4F5D601000000000000000010000000ABCDEF";
        var booked = Cards.MeetingGallery.Sample() with { CalendarUid = Uid, GraphEventId = "AAMk", JoinUrl = "https://teams.microsoft.com/l/meetup-join/x" };

        var single = Assert.Single(Read(MeetingCalendarFile.Build(new Texts(Language.Danish), booked, Copenhagen, null)).Events);
        Assert.Equal(Uid, single.Uid);
        Assert.Null(single.RecurrenceIdentifier);
        Assert.Equal("https://teams.microsoft.com/l/meetup-join/x", single.Location);

        var moved = booked.MovedTo(booked.Start.AddDays(1)) with { SeriesId = booked.Id, OriginalStart = booked.Start };
        var occurrence = Assert.Single(Read(MeetingCalendarFile.Build(new Texts(Language.Danish), moved, Copenhagen, null)).Events);
        Assert.Equal(Uid, occurrence.Uid);
        Assert.Equal(new DateTime(2026, 12, 8, 10, 0, 0), occurrence.RecurrenceIdentifier!.StartTime.Value);
        Assert.Equal(new DateTime(2026, 12, 9, 10, 0, 0), occurrence.DtStart!.Value);
    }

    private static Calendar Read(byte[] file) => Calendar.Load(Encoding.UTF8.GetString(file))!;
}
