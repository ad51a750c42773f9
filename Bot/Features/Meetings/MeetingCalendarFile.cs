using System.Text;
using CoordinatorBot.Cards.Export;
using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Domain.Meetings;
using Ical.Net;
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
        calendar.AddTimeZone(new VTimeZone(zone));
        var start = clock.ToLocal(meeting.Start).DateTime;
        var end = clock.ToLocal(meeting.End).DateTime;
        var calendarEvent = new CalendarEvent
        {
            // One uid per meeting: a moved or cancelled meeting's file replaces the earlier one in the calendar.
            Uid = $"{meeting.Id}@coordinatorbot",
            Summary = texts.MeetingCardTitle(texts.MeetingKindName(meeting.Kind), meeting.Title),
            Description = MeetingInvitation.Text(texts, meeting),
            Location = meeting.Place ?? meeting.JoinUrl ?? texts.MeetingOnline,
            DtStart = new CalDateTime(start, zone),
            DtEnd = new CalDateTime(end, zone),
            Status = meeting.IsCancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
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
