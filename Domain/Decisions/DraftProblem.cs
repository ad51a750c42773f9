namespace CoordinatorBot.Domain.Decisions;

public enum DraftProblem
{
    Title,
    Context,
    Proposal,
    TooLong,
    Deadline,
    Rule,
    Supersedes,
}
