namespace CoordinatorBot.Domain.Decisions;

public enum RuleOutcome
{
    Open,
    Accepted,
    Rejected,
}
