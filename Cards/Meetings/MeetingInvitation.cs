using System.Net;
using CoordinatorBot.Domain.Meetings;

namespace CoordinatorBot.Cards.Meetings;

/// <summary>The invitation's text: the calendar event's HTML body (every text escaped) and the calendar file's description.</summary>
public static class MeetingInvitation
{
    public static string Html(Texts texts, Meeting meeting)
    {
        var html = new StringBuilder();
        html.Append("<p>").Append(Escape(texts.MeetingName(meeting.Kind, meeting.Title))).Append("</p>");
        if (meeting.Agenda.Count > 0)
        {
            html.Append("<p><b>").Append(Escape(texts.MeetingAgendaHeading)).Append("</b></p><ol>");
            foreach (var item in meeting.Agenda)
            {
                html.Append("<li>").Append(Escape(item)).Append("</li>");
            }

            html.Append("</ol>");
        }

        return html.ToString();
    }

    public static string Text(Texts texts, Meeting meeting)
    {
        var text = new StringBuilder(texts.MeetingName(meeting.Kind, meeting.Title));
        if (meeting.AwaitsLink)
        {
            // No link to put in the file's LOCATION: the description says who sends it.
            text.Append("\n\n").Append(texts.MeetingFactWhere).Append(": ").Append(MeetingPlace.Of(texts, meeting));
        }

        if (meeting.Agenda.Count > 0)
        {
            text.Append("\n\n").Append(texts.MeetingAgendaHeading).Append(':');
            for (var i = 0; i < meeting.Agenda.Count; i++)
            {
                text.Append('\n').Append(i + 1).Append(". ").Append(meeting.Agenda[i]);
            }
        }

        if (meeting.JoinUrl is { } join)
        {
            text.Append("\n\n").Append(texts.MeetingJoin).Append(": ").Append(join);
        }

        return text.ToString();
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
