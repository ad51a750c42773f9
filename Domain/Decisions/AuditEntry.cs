namespace CoordinatorBot.Domain.Decisions;

/// <summary>One state change of a decision: who, when, what; <see cref="Detail"/> holds e.g. the vote or the outcome.</summary>
public sealed record AuditEntry(DecisionNumber Decision, AuditAction Action, string ActorName, DateTimeOffset At, string? Detail)
{
    /// <summary>A vote's comment: read only by the body and the proposer (<see cref="DecisionAuthority.MayReadComments"/>).</summary>
    public string? Comment { get; init; }
}
