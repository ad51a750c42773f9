using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Domain.Meetings;

/// <summary>
/// The meeting's way: planlagt → dagsorden udsendt → referat udkast → referat godkendt → publiceret (aflyst aside).
/// Each step returns the meeting after it, or null when the meeting is not where the step may start.
/// </summary>
public static class MeetingLifecycle
{
    /// <summary>The agenda goes out once, before the meeting, while it is planned.</summary>
    public static Meeting? SendAgenda(Meeting meeting, DateTimeOffset now) =>
        meeting.Status == MeetingStatus.Planned && meeting.End > now ? meeting with { Status = MeetingStatus.AgendaSent } : null;

    /// <summary>
    /// Minutes are written once the meeting has begun, and again after the body turned a draft down; never while a
    /// draft awaits the body's answer, nor once approved.
    /// </summary>
    public static bool MayWriteMinutes(Meeting meeting, DateTimeOffset now) =>
        meeting.Status is MeetingStatus.Planned or MeetingStatus.AgendaSent or MeetingStatus.MinutesDraft &&
        meeting.MinutesDecision is null && meeting.Start <= now &&
        (meeting.MinutesProposing is not { } since || now - since > ProposingFor);

    /// <summary>
    /// How long a draft being proposed keeps a second "send" out (two presses at once would make two decisions); a
    /// proposal that failed half way frees the minutes after it.
    /// </summary>
    public static readonly TimeSpan ProposingFor = TimeSpan.FromMinutes(2);

    public static Meeting? DraftMinutes(Meeting meeting, MeetingMinutes minutes, DateTimeOffset now) =>
        MayWriteMinutes(meeting, now) ? meeting with { Status = MeetingStatus.MinutesDraft, Minutes = minutes, MinutesProposing = now } : null;

    /// <summary>The draft is before the body as this decision.</summary>
    public static Meeting? MinutesProposed(Meeting meeting, DecisionNumber number) =>
        meeting is { Status: MeetingStatus.MinutesDraft, MinutesDecision: null } ? meeting with { MinutesDecision = number, MinutesProposing = null } : null;

    /// <summary>
    /// The body's answer: accepted, the minutes are approved; otherwise the draft stays a draft and may be written
    /// again. A decision that is not this meeting's current one changes nothing.
    /// </summary>
    public static Meeting? MinutesDecided(Meeting meeting, DecisionNumber number, bool accepted) =>
        meeting.Status != MeetingStatus.MinutesDraft || meeting.MinutesDecision != number ? null
        : accepted ? meeting with { Status = MeetingStatus.MinutesApproved }
        : meeting with { MinutesDecision = null };

    /// <summary>Approved minutes are published (on the product's site, from the export).</summary>
    public static Meeting? Publish(Meeting meeting) =>
        meeting.Status == MeetingStatus.MinutesApproved ? meeting with { Status = MeetingStatus.Published } : null;

    /// <summary>
    /// The body that approves the minutes: the coordination group for its own meetings, else the steering group —
    /// unless the meeting invited only the coordination group.
    /// </summary>
    public static DecidingBody ApprovingBody(Meeting meeting) =>
        meeting.Kind == MeetingKind.CoordinationGroup ||
        (meeting.Kind != MeetingKind.SteeringGroup && meeting.Invitees.Bodies is [DecidingBody.CoordinationGroup])
            ? DecidingBody.CoordinationGroup
            : DecidingBody.SteeringGroup;
}
