using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Storage.Decisions;

/// <summary>What one turn writes to a decision, in one transaction: the record (when it changed), a vote, history.</summary>
public sealed record DecisionChange(Decision? Decision, Vote? Vote, IReadOnlyList<AuditEntry> History)
{
    /// <summary>The voter whose vote row the vote replaces and removes (the voter's own, kept under their pseudonym).</summary>
    public string? Replaces { get; init; }

    /// <summary>The key of the activity that cast the vote (<see cref="Activities.ActivityKey"/>), kept on the vote's row.</summary>
    public string? CastBy { get; init; }
}
