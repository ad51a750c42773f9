using CoordinatorBot.Domain.Backlog;

namespace CoordinatorBot.Bot.Communities;

/// <summary>A community's backlog as another feature reads it (<see cref="IBacklogReadings"/>).</summary>
public sealed record BacklogReading(IReadOnlyList<Wish> Wishes, IReadOnlyList<WishSupport> Supports, IReadOnlyList<BacklogItem> Items);
