using CoordinatorBot.Domain.Backlog;

namespace CoordinatorBot.Cards.Backlog;

/// <summary>One backlog item as this person sees it: what they may do with it.</summary>
public sealed record ItemView(BacklogItem Item, TimeZoneInfo Zone, bool CanMove, bool CanPrioritise, bool BeyondMandate, bool CanEscalate);
