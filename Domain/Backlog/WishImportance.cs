namespace CoordinatorBot.Domain.Backlog;

/// <summary>How much the wish matters to the municipality that raises it.</summary>
public enum WishImportance
{
    Low,
    Medium,
    High,
}
