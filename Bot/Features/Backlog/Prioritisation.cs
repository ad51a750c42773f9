using CoordinatorBot.Domain.Backlog;

namespace CoordinatorBot.Bot.Features.Backlog;

/// <summary>A prioritisation's outcome, the item as it stands and all the items (for whether it is beyond the mandate).</summary>
public sealed record Prioritisation(PrioritiseOutcome Outcome, BacklogItem? Item, IReadOnlyList<BacklogItem> Items);
