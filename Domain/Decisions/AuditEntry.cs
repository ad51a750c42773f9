namespace CoordinatorBot.Domain.Decisions;

/// <summary>One state change of a decision: who, when, what; <see cref="Detail"/> holds e.g. the vote or the outcome.</summary>
public sealed record AuditEntry(DecisionNumber Decision, AuditAction Action, string ActorName, DateTimeOffset At, string? Detail);
