namespace CoordinatorBot.Domain.Backlog;

/// <summary>A backlog item's status: ny → prioriteret → i gang → til test → leveret, or afvist.</summary>
public enum ItemStatus
{
    New,
    Prioritised,
    InProgress,
    InTest,
    Delivered,
    Rejected,
}
