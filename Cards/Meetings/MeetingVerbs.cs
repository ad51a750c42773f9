namespace CoordinatorBot.Cards.Composers;

// Part of CardVerbs, kept in the feature's folder so that a feature adds its verbs here and no file is edited by
// every feature. The namespace stays CoordinatorBot.Cards.Composers, where every caller already finds CardVerbs.
/// <summary>The verbs of meetings' cards, polls and the yearly wheel, and the data keys they carry.</summary>
public static partial class CardVerbs
{
    public const string MeetingSuggest = "meeting.suggest";
    public const string MeetingBook = "meeting.book";
    public const string MeetingMove = "meeting.move";
    public const string MeetingCancel = "meeting.cancel";
    public const string MeetingResponses = "meeting.responses";
    public const string MeetingCalendarFile = "meeting.ics";
    public const string MeetingShow = "meeting.show";
    public const string MeetingAgenda = "meeting.agenda";
    public const string MeetingMinutesForm = "meeting.minutesform";
    public const string MeetingMinutes = "meeting.minutes";
    public const string MeetingPublish = "meeting.publish";
    public const string MeetingPollSend = "meeting.pollsend";
    public const string MeetingPollAnswer = "meeting.pollanswer";
    public const string MeetingPollRefresh = "meeting.pollrefresh";
    public const string MeetingPollBook = "meeting.pollbook";

    /// <summary>The yearly wheel of another year; data: <see cref="YearKey"/>.</summary>
    public const string YearlyWheelYear = "wheel.year";
    public const string YearKey = "year";

    /// <summary>The candidate times a poll is sent with: instants (ISO 8601) separated by spaces.</summary>
    public const string SlotsKey = "slots";
    public const string MeetingKey = "meeting";

    /// <summary>The meeting form's own id: the meeting it books, so that pressing "book" twice books once.</summary>
    public const string MeetingFormKey = "meetingForm";

    /// <summary>A suggested time's start (an instant, ISO 8601) on its "book" button.</summary>
    public const string SlotKey = "slot";
}
