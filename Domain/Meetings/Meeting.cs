namespace CoordinatorBot.Domain.Meetings;

/// <summary>
/// A planned meeting: what, when (as instants; shown on the community's clock), who, the agenda, and — once booked
/// in Microsoft 365 — the calendar event and its Teams link.
/// </summary>
/// <param name="Place">Where it is held; null for an online meeting.</param>
/// <param name="TransactionId">Sent with the booking, so that Graph makes one event however often the request is retried.</param>
public sealed record Meeting
{
    public required string Id { get; init; }
    public required MeetingKind Kind { get; init; }
    public required string Title { get; init; }
    public required DateTimeOffset Start { get; init; }
    public required DateTimeOffset End { get; init; }
    public required MeetingInvitees Invitees { get; init; }
    public required IReadOnlyList<MeetingAttendee> Attendees { get; init; }
    public IReadOnlyList<string> Agenda { get; init; } = [];
    public string? Place { get; init; }
    public MeetingStatus Status { get; init; } = MeetingStatus.Planned;
    public required string TransactionId { get; init; }

    /// <summary>The mailbox whose calendar holds the event; null when the meeting was not booked through Graph.</summary>
    public string? Organizer { get; init; }
    public string? GraphEventId { get; init; }

    /// <summary>
    /// The event's iCalendar UID as Graph gives it (its iCalUId; for an occurrence, its series'), so that the calendar
    /// file is the same event as the invitation; null when the meeting was not booked through Graph.
    /// </summary>
    public string? CalendarUid { get; init; }

    /// <summary>How often the meeting was moved or cancelled: the calendar file's SEQUENCE, so a newer file replaces an older one.</summary>
    public int Sequence { get; init; }

    public string? JoinUrl { get; init; }
    public MeetingResponses? Responses { get; init; }
    public string? CancelComment { get; init; }

    /// <summary>The minutes once written (<see cref="MeetingStatus.MinutesDraft"/> and after).</summary>
    public MeetingMinutes? Minutes { get; init; }

    /// <summary>The decision of type referat that asks the body to approve the minutes; null while none is open.</summary>
    public Decisions.DecisionNumber? MinutesDecision { get; init; }

    /// <summary>When the minutes were sent to be proposed, until the decision's number is kept (see <see cref="MeetingLifecycle.ProposingFor"/>).</summary>
    public DateTimeOffset? MinutesProposing { get; init; }

    /// <summary>The series (yearly wheel) this meeting is an occurrence of: the first occurrence's id; null for a single meeting.</summary>
    public string? SeriesId { get; init; }

    /// <summary>The series' pattern, on each of its occurrences.</summary>
    public MeetingRecurrence? Recurrence { get; init; }

    /// <summary>Graph's series master; <see cref="GraphEventId"/> is then this occurrence's own event.</summary>
    public string? SeriesEventId { get; init; }

    /// <summary>Where the series put this occurrence; a moved occurrence's <see cref="Start"/> differs from it.</summary>
    public DateTimeOffset? OriginalStart { get; init; }

    public string? CardActivityId { get; init; }
    public string? CardConversationId { get; init; }

    /// <summary>The agenda posted in the card's thread (<see cref="CardConversationId"/>), kept current when the meeting moves or is cancelled.</summary>
    public string? AgendaActivityId { get; init; }
    public required string CreatedById { get; init; }
    public required string CreatedByName { get; init; }

    /// <summary>The planner's address from the roster: the calendar file's organizer when no mailbox booked the meeting.</summary>
    public string? CreatedByEmail { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }

    public TimeSpan Duration => End - Start;

    public bool IsOnline => Place is null;

    public bool IsCancelled => Status == MeetingStatus.Cancelled;

    /// <summary>Booked in a calendar through Graph (it has an event there).</summary>
    public bool IsBooked => GraphEventId is not null;

    /// <summary>Moved to a new start; the length stays.</summary>
    public Meeting MovedTo(DateTimeOffset start) => this with { Start = start, End = start + Duration, Sequence = Sequence + 1 };

    public Meeting Cancelled(string? comment) => this with { Status = MeetingStatus.Cancelled, CancelComment = comment, Sequence = Sequence + 1 };

    /// <summary>Held online and no link to join it is known: the organizer sends one (no Graph booked a Teams meeting).</summary>
    public bool AwaitsLink => IsOnline && JoinUrl is null;
}
