namespace CoordinatorBot.Domain.Decisions;

/// <summary>Forslag → Accepteret | Afvist; later Erstattet by a newer decision.</summary>
public enum DecisionStatus
{
    Proposed,
    Accepted,
    Rejected,
    Superseded,
}
