namespace CoordinatorBot.Domain.Meetings;

/// <summary>
/// Who may do what with meetings, in one place. Pure: the caller loads the actor's current <see cref="Member"/> row
/// (null for someone without roles). The coordinator plans, moves and cancels; everyone may read a meeting, fetch
/// its calendar file and see the answers.
/// </summary>
public static class MeetingAuthority
{
    public static MeetingPermission MayPlan(Member? actor) =>
        actor?.Holds(Role.Coordinator) == true ? MeetingPermission.Allowed : MeetingPermission.NotCoordinator;

    /// <summary>Moving or cancelling: the coordinator, while the meeting is neither cancelled nor over.</summary>
    public static MeetingPermission MayChange(Member? actor, Meeting meeting, DateTimeOffset now) =>
        MayPlan(actor) != MeetingPermission.Allowed ? MeetingPermission.NotCoordinator
        : meeting.IsCancelled ? MeetingPermission.Cancelled
        : meeting.End <= now ? MeetingPermission.Past
        : MeetingPermission.Allowed;
}
