using static CoordinatorBot.Tests.Support.CopenhagenTime;

namespace CoordinatorBot.Tests.Meetings;

/// <summary>The three best times from the attendees' calendars, on the Copenhagen clock, across holidays and daylight saving.</summary>
[Trait("Category", "Unit")]
public sealed class SlotFinderTests
{
    private static readonly MeetingAttendee Anne = new("Anne", "anne@os2.eu", "aad-anne");
    private static readonly MeetingAttendee Bo = new("Bo", "bo@os2.eu", "aad-bo");
    private static readonly MeetingAttendee Guest = new("Gæst", "gaest@aarhus.dk");

    [Fact]
    public void The_window_is_the_next_ten_office_days_without_weekends_holidays_or_the_days_after_christmas()
    {
        // Thursday 17 December 2026: the ten office days run into January, skipping 24 December to 1 January.
        var days = SlotSearch.NextOfficeDays(new DateOnly(2026, 12, 17));

        Assert.Equal(10, days.Count);
        Assert.Equal(new DateOnly(2026, 12, 18), days[0]);
        Assert.Equal([new DateOnly(2026, 12, 21), new DateOnly(2026, 12, 22), new DateOnly(2026, 12, 23), new DateOnly(2027, 1, 4)], days.Skip(1).Take(4));
        Assert.DoesNotContain(days, d => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    [Fact]
    public void A_public_holiday_gets_no_slot()
    {
        // Maundy Thursday, Good Friday and Easter Monday 2027 (25, 26 and 29 March) are holidays.
        var days = SlotSearch.NextOfficeDays(new DateOnly(2027, 3, 24), 2);
        Assert.Equal([new DateOnly(2027, 3, 30), new DateOnly(2027, 3, 31)], days);

        var slots = SlotFinder.Find(Search(days, TimeSpan.FromHours(1)), [Free(Anne)]);
        Assert.All(slots, s => Assert.Equal(new DateTime(2027, 3, 30), Local(s.Start).Date));
    }

    [Fact]
    public void Slots_keep_their_wall_clock_time_across_the_change_to_summer_time()
    {
        // Wednesday 24 March 2027 is winter time (+01:00), Tuesday 30 March summer time (+02:00).
        var wednesday = new DateOnly(2027, 3, 24);
        var tuesday = new DateOnly(2027, 3, 30);
        Assert.Equal(Instant("2027-03-24T07:00:00Z"), SlotFinder.Find(Search([wednesday, tuesday], TimeSpan.FromHours(1)), [Free(Anne)])[0].Start);

        // Anne is busy all Wednesday: the best times are Tuesday's, still from 08.00.
        var wednesdayBusy = new BusyBlock(Copenhagen.ToInstant(wednesday, new TimeOnly(0, 0)), Copenhagen.ToInstant(tuesday, new TimeOnly(0, 0)));
        var slots = SlotFinder.Find(Search([wednesday, tuesday], TimeSpan.FromHours(1)), [new AttendeeAvailability(Anne, [wednesdayBusy])]);

        Assert.Equal(3, slots.Count);
        Assert.Equal(Instant("2027-03-30T06:00:00Z"), slots[0].Start); // 08.00 summer time
        Assert.Equal(new TimeOnly(8, 0), TimeOnly.FromDateTime(Local(slots[0].Start)));
        Assert.Equal(new TimeOnly(8, 30), TimeOnly.FromDateTime(Local(slots[1].Start)));
    }

    [Fact]
    public void Slots_keep_their_wall_clock_time_across_the_change_to_winter_time()
    {
        // Friday 29 October 2027 is summer time; Monday 1 November winter time: 08.00 is 07:00 UTC.
        var slots = SlotFinder.Find(Search([new DateOnly(2027, 11, 1)], TimeSpan.FromHours(2)), [Free(Anne)]);

        Assert.Equal(Instant("2027-11-01T07:00:00Z"), slots[0].Start);
        Assert.Equal(Instant("2027-11-01T09:00:00Z"), slots[0].End);
    }

    [Fact]
    public void Most_attendees_free_comes_first_then_the_earliest()
    {
        var day = new DateOnly(2026, 12, 8);
        // Bo is busy until 11.00; Anne is free all day.
        var bo = new AttendeeAvailability(Bo, [new BusyBlock(Copenhagen.ToInstant(day, new TimeOnly(8, 0)), Copenhagen.ToInstant(day, new TimeOnly(11, 0)))]);

        var slots = SlotFinder.Find(Search([day], TimeSpan.FromHours(1)), [Free(Anne), bo]);

        Assert.Equal([new TimeOnly(11, 0), new TimeOnly(11, 30), new TimeOnly(12, 0)], slots.Select(s => TimeOnly.FromDateTime(Local(s.Start))));
        Assert.All(slots, s => Assert.Equal(2, s.Free.Count));
    }

    [Fact]
    public void A_slot_never_runs_past_the_working_hours()
    {
        var day = new DateOnly(2026, 12, 8);
        var anne = new AttendeeAvailability(Anne, [new BusyBlock(Copenhagen.ToInstant(day, new TimeOnly(8, 0)), Copenhagen.ToInstant(day, new TimeOnly(14, 30)))]);

        var slots = SlotFinder.Find(Search([day], TimeSpan.FromHours(1.5)), [anne]);

        Assert.Equal([new TimeOnly(14, 30)], slots.Select(s => TimeOnly.FromDateTime(Local(s.Start))));
    }

    [Fact]
    public void When_everyone_is_busy_nothing_is_suggested()
    {
        var days = SlotSearch.NextOfficeDays(new DateOnly(2026, 12, 7), 10);
        var allTime = new BusyBlock(Instant("2026-12-01T00:00:00Z"), Instant("2027-02-01T00:00:00Z"));

        var slots = SlotFinder.Find(Search(days, TimeSpan.FromHours(1)), [new AttendeeAvailability(Anne, [allTime]), new AttendeeAvailability(Bo, [allTime])]);

        Assert.Empty(slots);
    }

    [Fact]
    public void An_unknown_calendar_is_never_counted_free()
    {
        var day = new DateOnly(2026, 12, 8);
        var unknown = new AttendeeAvailability(Guest, null);

        Assert.Empty(SlotFinder.Find(Search([day], TimeSpan.FromHours(1)), [unknown]));

        var slots = SlotFinder.Find(Search([day], TimeSpan.FromHours(1)), [Free(Anne), unknown]);
        Assert.All(slots, s =>
        {
            Assert.Equal([Anne], s.Free);
            Assert.Equal([Guest], s.Unknown);
        });
    }

    [Fact]
    public void No_slot_starts_in_the_past()
    {
        var day = new DateOnly(2026, 12, 8);
        var now = Copenhagen.ToInstant(day, new TimeOnly(13, 10));

        var slots = SlotFinder.Find(Search([day], TimeSpan.FromHours(1)) with { NotBefore = now }, [Free(Anne)]);

        Assert.Equal(new TimeOnly(13, 30), TimeOnly.FromDateTime(Local(slots[0].Start)));
    }

    private static SlotSearch Search(IReadOnlyList<DateOnly> days, TimeSpan duration) =>
        new(days, WorkingHours.Default, duration, Copenhagen, DateTimeOffset.MinValue);

    private static AttendeeAvailability Free(MeetingAttendee attendee) => new(attendee, []);

    private static DateTime Local(DateTimeOffset instant) => Copenhagen.ToLocal(instant).DateTime;

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
