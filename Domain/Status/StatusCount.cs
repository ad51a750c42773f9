namespace CoordinatorBot.Domain.Status;

/// <summary>How many backlog items are in one status.</summary>
public sealed record StatusCount(Backlog.ItemStatus Status, int Count);
