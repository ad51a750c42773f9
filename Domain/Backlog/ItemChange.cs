namespace CoordinatorBot.Domain.Backlog;

/// <summary>One change to a backlog item, with who made it and when; <paramref name="Detail"/> is e.g. the new estimate.</summary>
public sealed record ItemChange(ItemChangeKind Kind, string ByName, DateTimeOffset At, ItemStatus? Status = null, string? Detail = null);
