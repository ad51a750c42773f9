namespace CoordinatorBot.Domain.Decisions;

public enum RuleOutcome
{
    Open,
    Accepted,
    Rejected,
}

/// <summary>What a rule says now: still open, or decided, and why (for the record).</summary>
public sealed record RuleResult(RuleOutcome Outcome, RuleReason Reason)
{
    public static RuleResult Open { get; } = new(RuleOutcome.Open, RuleReason.None);

    public bool IsDecided => Outcome != RuleOutcome.Open;
}

public enum RuleReason
{
    None,
    Majority,
    NoMajority,
    AllApproved,
    Blocked,
    FirstResponse,
    TooFewVotes,
    NoVotes,
    NotEveryoneApproved,
    RecordedByHand,
}
