namespace CoordinatorBot.Domain.Decisions;

/// <summary>
/// A decision record in OS2's layout: context, decision, consequences, implementation and owner, risks; the body that
/// decides and by which rule; its status; and, once closed, the outcome.
/// </summary>
public sealed record Decision
{
    public required DecisionNumber Number { get; init; }
    public required DecisionDraft Draft { get; init; }
    public DecisionStatus Status { get; init; } = DecisionStatus.Proposed;
    public required string ProposerId { get; init; }
    public required string ProposerName { get; init; }
    public required DateTimeOffset ProposedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }
    public string? ClosedByName { get; init; }
    public RuleReason CloseReason { get; init; }

    /// <summary>What was decided, in words: written by the person who closed it, or the rule's result.</summary>
    public string? OutcomeText { get; init; }

    /// <summary>Set on the newer decision once it replaces this one, and on this one as <see cref="SupersededBy"/>.</summary>
    public DecisionNumber? SupersededBy { get; init; }

    /// <summary>The shared approval card in the community's channel, to update it for everyone.</summary>
    public string? CardActivityId { get; init; }
    public string? CardConversationId { get; init; }

    public bool IsOpen => Status == DecisionStatus.Proposed;

    public bool IsPastDeadline(DateTimeOffset now) => now >= Draft.Deadline;

    /// <summary>The first entry of the decision's history: who proposed it, and when (the record holds both).</summary>
    public AuditEntry ProposalEntry() => new(Number, AuditAction.Proposed, ProposerName, ProposedAt, null);
}
