namespace CoordinatorBot.Domain.Decisions;

public enum AuditAction
{
    Proposed,
    Voted,
    VoteChanged,
    Closed,
    Superseded,
}
