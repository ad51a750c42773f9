namespace CoordinatorBot.Tests.Meetings;

/// <summary>A meeting's name says its kind and its title once; the poll's times without calendars follow the form.</summary>
[Trait("Category", "Unit")]
public sealed class MeetingTitleTests
{
    [Theory]
    [InlineData(MeetingKind.SteeringGroup, "Styregruppemøde – januar 2027", "Styregruppemøde – januar 2027")]
    [InlineData(MeetingKind.SteeringGroup, "Møde i styregruppen", "Møde i styregruppen")]
    [InlineData(MeetingKind.SteeringGroup, "Steering-group meeting", "Steering-group meeting")]
    [InlineData(MeetingKind.SteeringGroup, "Decembermøde", "Styregruppemøde: Decembermøde")]
    [InlineData(MeetingKind.CoordinationGroup, "Koordinationsgruppen", "Koordinationsgruppen")]
    [InlineData(MeetingKind.CoordinationGroup, "Styregruppemøde", "Koordinationsgruppemøde: Styregruppemøde")]
    [InlineData(MeetingKind.UserClub, "Brugerklubmøde i Aarhus", "Brugerklubmøde i Aarhus")]
    [InlineData(MeetingKind.UserClub, "Brugerdag", "Brugerklubmøde: Brugerdag")]
    [InlineData(MeetingKind.Webinar, "Webinar om OS2mo 13", "Webinar om OS2mo 13")]
    [InlineData(MeetingKind.Other, "Workshop om integrationer", "Workshop om integrationer")]
    public void The_kind_is_said_only_when_the_title_does_not_say_it(MeetingKind kind, string title, string expected) =>
        Assert.Equal(expected, new Texts(Language.Danish).MeetingName(kind, title));

    [Fact]
    public void Without_calendars_the_poll_offers_the_form_s_time_and_the_same_time_on_the_next_office_days()
    {
        var clock = CommunityClock.Of("Europe/Copenhagen");
        var now = DateTimeOffset.Parse("2026-12-18T09:00:00Z", CultureInfo.InvariantCulture);

        // Tuesday 22 December: then 23 December, and after the days between Christmas and New Year, 4 January.
        var slots = PollCandidates.From(new DateOnly(2026, 12, 22), new TimeOnly(13, 0), TimeSpan.FromHours(1), WorkingHours.Default, [], clock, now);

        Assert.Equal([new DateTime(2026, 12, 22, 13, 0, 0), new DateTime(2026, 12, 23, 13, 0, 0), new DateTime(2027, 1, 4, 13, 0, 0)],
            slots.Select(s => clock.ToLocal(s.Start).DateTime));
        Assert.All(slots, s => Assert.Equal(TimeSpan.FromHours(1), s.End - s.Start));

        // No date or time in the form: the next office day at the start of the working hours.
        var empty = PollCandidates.From(null, null, TimeSpan.FromHours(1), WorkingHours.Default, [], clock, now);
        Assert.Equal(new DateTime(2026, 12, 21, 8, 0, 0), clock.ToLocal(empty[0].Start).DateTime);
    }
}
