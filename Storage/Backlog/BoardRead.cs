using CoordinatorBot.Domain.Backlog;

namespace CoordinatorBot.Storage.Backlog;

/// <summary>The prioritisation board's version (null before the first prioritisation) and every item with its own, as read or as just written.</summary>
public sealed record BoardRead(ETag? Board, IReadOnlyList<(BacklogItem Item, ETag Version)> Items);
