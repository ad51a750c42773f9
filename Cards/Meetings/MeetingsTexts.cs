using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Domain.Meetings;

namespace CoordinatorBot.Cards.Localization;

/// <summary>The Meetings texts that choose their key or compose: kinds, statuses, repeats, poll answers.</summary>
public sealed partial class Texts
{
    public string MeetingKindName(MeetingKind kind) => kind switch
    {
        MeetingKind.SteeringGroup => MeetingKindSteeringGroup,
        MeetingKind.CoordinationGroup => MeetingKindCoordinationGroup, MeetingKind.UserClub => MeetingKindUserClub,
        MeetingKind.Webinar => MeetingKindWebinar, MeetingKind.Other => MeetingKindOther,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public string MeetingStatusName(MeetingStatus status) => status switch
    {
        MeetingStatus.Planned => MeetingStatusPlanned, MeetingStatus.AgendaSent => MeetingStatusAgendaSent,
        MeetingStatus.MinutesDraft => MeetingStatusMinutesDraft,
        MeetingStatus.MinutesApproved => MeetingStatusMinutesApproved,
        MeetingStatus.Published => MeetingStatusPublished, MeetingStatus.Cancelled => MeetingStatusCancelled,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>
    /// The meeting as headings name it: "Styregruppemøde: Decembermøde", or the title alone when it says the kind
    /// already ("Styregruppemøde – januar 2027"), so that nothing is said twice.
    /// </summary>
    public string MeetingName(MeetingKind kind, string title) =>
        MeetingTitle.NamesKind(kind, title) ? title : MeetingCardTitle(MeetingKindName(kind), title);

    public string MinutesBodyName(DecidingBody body) => body switch
    {
        DecidingBody.SteeringGroup => MinutesBodySteeringGroup,
        DecidingBody.CoordinationGroup => MinutesBodyCoordinationGroup,
        _ => throw new ArgumentOutOfRangeException(nameof(body), body, null),
    };

    public string PollAnswerName(PollAnswer answer) => answer switch
    {
        PollAnswer.Yes => PollAnswerYes, PollAnswer.Maybe => PollAnswerMaybe, PollAnswer.No => PollAnswerNo,
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, null),
    };

    /// <summary>The choices of <see cref="MeetingRecurrence.Intervals"/>: every month, every third month.</summary>
    public string MeetingRepeatEvery(int months) => months == 1 ? MeetingRepeatEvery1 : MeetingRepeatEvery3;

    public string MeetingRepeatPattern(WeekOfMonth week, DayOfWeek day, int months) => months == 1
        ? MeetingRepeatPattern1(WeekOfMonthName(week), _culture.DateTimeFormat.GetDayName(day))
        : MeetingRepeatPattern3(WeekOfMonthName(week), _culture.DateTimeFormat.GetDayName(day));

    public string WeekOfMonthName(WeekOfMonth week) => week switch
    {
        WeekOfMonth.First => WeekOfMonthFirst, WeekOfMonth.Second => WeekOfMonthSecond,
        WeekOfMonth.Third => WeekOfMonthThird, WeekOfMonth.Fourth => WeekOfMonthFourth,
        WeekOfMonth.Last => WeekOfMonthLast,
        _ => throw new ArgumentOutOfRangeException(nameof(week), week, null),
    };
}
