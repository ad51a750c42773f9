namespace CoordinatorBot.Domain.Backlog;

/// <summary>What an <see cref="ItemChange"/> did.</summary>
public enum ItemChangeKind
{
    Accepted,
    StatusMoved,
    Estimated,
    Escalated,
    DecidedBySteeringGroup,
}
