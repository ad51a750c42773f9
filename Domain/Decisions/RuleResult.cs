namespace CoordinatorBot.Domain.Decisions;

/// <summary>What a rule says now: still open, or decided, and why (for the record).</summary>
public sealed record RuleResult(RuleOutcome Outcome, RuleReason Reason)
{
    public static RuleResult Open { get; } = new(RuleOutcome.Open, RuleReason.None);

    public bool IsDecided => Outcome != RuleOutcome.Open;
}
