namespace CoordinatorBot.Domain.Backlog;

/// <summary>Where a wish stands: open for support, taken into the backlog, declined, or merged into another wish.</summary>
public enum WishStatus
{
    Open,
    Accepted,
    Declined,
    Merged,
}
