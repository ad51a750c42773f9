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

    /// <summary>The decision to replace was made by the steering group, and the proposal goes to the coordination group.</summary>
    SupersedesUpward,
}
