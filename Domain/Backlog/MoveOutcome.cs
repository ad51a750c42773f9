namespace CoordinatorBot.Domain.Backlog;

/// <summary>What became of a status move.</summary>
public enum MoveOutcome
{
    Moved,
    NotAllowedFromHere,
    CriteriaNotMet,
    Unchanged,
}
