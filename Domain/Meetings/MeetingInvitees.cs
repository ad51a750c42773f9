using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Domain.Meetings;

/// <summary>Who is invited as the form chose them: whole bodies, people from the team and external addresses.</summary>
public sealed record MeetingInvitees(IReadOnlyList<DecidingBody> Bodies, IReadOnlyList<string> MemberIds, IReadOnlyList<string> ExternalEmails)
{
    public static MeetingInvitees None { get; } = new([], [], []);

    public bool IsEmpty => Bodies.Count == 0 && MemberIds.Count == 0 && ExternalEmails.Count == 0;
}
