using CoordinatorBot.Cards.Meetings;
using CoordinatorBot.Domain.Meetings;
using Ical.Net;
using Calendar = Ical.Net.Calendar;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>
/// A meeting as an iCalendar file (RFC 5545) for one's own calendar: one event with its organizer, attendees, the
/// community's time zone and the agenda; a cancelled meeting is a cancelled event, so importing it again removes it.
/// </summary>
public static class MeetingCalendarFile
{
    public const string ContentType = "text/calendar";

    /// <param name="organizer">The mailbox that booked the meeting, else the person who planned it (who sends the file).</param>
    public static byte[] Build(Texts texts, Meeting meeting, CommunityClock clock, string? organizer)
    {
        var zone = clock.Zone.Id;
        var calendar = new Calendar { Method = "PUBLISH" };
        // RFC 5545 3.6.5: a VTIMEZONE holds at least one STANDARD or DAYLIGHT part. Its rules from the time zone
        // database, from a year before the meeting (a series' first occurrence) on, so every reader puts it at the same instant.
        var earliest = clock.ToLocal(meeting.OriginalStart is { } original && original < meeting.Start ? original : meeting.Start).DateTime.AddYears(-1);
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zone, earliest, includeHistoricalData: false));
        var start = clock.ToLocal(meeting.Start).DateTime;
        var end = clock.ToLocal(meeting.End).DateTime;
        var calendarEvent = new CalendarEvent
        {
            // The calendar's own uid when Graph booked the meeting: importing the file beside the invitation updates
            // that one event. Otherwise one uid per meeting: a moved or cancelled meeting's file replaces the earlier one.
            Uid = meeting.CalendarUid ?? $"{meeting.Id}@coordinatorbot",
            Sequence = meeting.Sequence,
            Summary = texts.MeetingName(meeting.Kind, meeting.Title),
            Description = MeetingInvitation.Text(texts, meeting),
            // No "online in Teams" without a link to join: then the description says who sends it.
            Location = meeting.Place ?? meeting.JoinUrl,
            DtStart = new CalDateTime(start, zone),
            DtEnd = new CalDateTime(end, zone),
            Status = meeting.IsCancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
        if (meeting is { CalendarUid: not null, SeriesId: not null, OriginalStart: { } occurrence })
        {
            // One occurrence of the series the invitation holds: the series' uid and where the series put it.
            calendarEvent.RecurrenceIdentifier = new RecurrenceIdentifier(new CalDateTime(clock.ToLocal(occurrence).DateTime, zone));
        }

        if (organizer is not null)
        {
            calendarEvent.Organizer = new Organizer($"mailto:{organizer}");
        }

        foreach (var attendee in meeting.Attendees.Where(a => a.Email is not null))
        {
            calendarEvent.Attendees.Add(new Attendee($"mailto:{attendee.Email}") { CommonName = attendee.Name, Rsvp = true, Role = "REQ-PARTICIPANT" });
        }

        calendar.Events.Add(calendarEvent);
        return Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar) ?? string.Empty);
    }
}
