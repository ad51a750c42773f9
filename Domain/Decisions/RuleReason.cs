namespace CoordinatorBot.Domain.Decisions;

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
