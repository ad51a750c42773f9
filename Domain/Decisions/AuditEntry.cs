namespace CoordinatorBot.Domain.Decisions;

public enum AuditAction
{
    Proposed,
    Voted,
    VoteChanged,
    Closed,
    Superseded,
}

/// <summary>One state change of a decision: who, when, what; <see cref="Detail"/> holds e.g. the vote or the outcome.</summary>
public sealed record AuditEntry(DecisionNumber Decision, AuditAction Action, string ActorName, DateTimeOffset At, string? Detail);
