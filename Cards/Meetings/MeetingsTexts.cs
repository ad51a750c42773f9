using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Domain.Meetings;

namespace CoordinatorBot.Cards.Localization;

/// <summary>The Meetings texts that choose their key or compose: kinds, statuses, repeats, poll answers.</summary>
public sealed partial class Texts
{
    [TextPerValue] public partial string MeetingKindName(MeetingKind kind);

    [TextPerValue] public partial string MeetingStatusName(MeetingStatus status);

    /// <summary>
    /// The meeting as headings name it: "Styregruppemøde: Decembermøde", or the title alone when it says the kind
    /// already ("Styregruppemøde – januar 2027"), so that nothing is said twice.
    /// </summary>
    public string MeetingName(MeetingKind kind, string title) =>
        MeetingTitle.NamesKind(kind, title) ? title : MeetingCardTitle(MeetingKindName(kind), title);

    [TextPerValue] public partial string MinutesBodyName(DecidingBody body);

    [TextPerValue] public partial string PollAnswerName(PollAnswer answer);

    /// <summary>The choices of <see cref="MeetingRecurrence.Intervals"/>: every month, every third month.</summary>
    public string MeetingRepeatEvery(int months) => months == 1 ? MeetingRepeatEvery1 : MeetingRepeatEvery3;

    public string MeetingRepeatPattern(WeekOfMonth week, DayOfWeek day, int months) => months == 1
        ? MeetingRepeatPattern1(WeekOfMonthName(week), _culture.DateTimeFormat.GetDayName(day))
        : MeetingRepeatPattern3(WeekOfMonthName(week), _culture.DateTimeFormat.GetDayName(day));

    [TextPerValue] public partial string WeekOfMonthName(WeekOfMonth week);
}
