using CoordinatorBot.Domain.Meetings;

namespace CoordinatorBot.Cards.Meetings;

/// <summary>
/// Where a meeting is, in words: the place, or online. "Online i Microsoft Teams" only when there is a link to join;
/// an online meeting without one (no Graph booked it) says who sends the link.
/// </summary>
public static class MeetingPlace
{
    /// <summary>Before the meeting: the place, Teams with its link, or who sends the link.</summary>
    public static string Of(Texts texts, Meeting meeting) =>
        meeting.Place ?? (meeting.AwaitsLink ? texts.MeetingOnlineLinkFrom(meeting.CreatedByName) : texts.MeetingOnline);

    /// <summary>After it (the minutes): the place, Teams, or online.</summary>
    public static string Held(Texts texts, Meeting meeting) =>
        meeting.Place ?? (meeting.AwaitsLink ? texts.MeetingOnlineHeld : texts.MeetingOnline);
}
