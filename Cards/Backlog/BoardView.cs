using CoordinatorBot.Domain.Backlog;

namespace CoordinatorBot.Cards.Backlog;

/// <summary>What the prioritisation board shows: the items, the period's use of the budget, and what is beyond the mandate.</summary>
public sealed record BoardView(IReadOnlyList<BacklogItem> Items, BacklogBudget Budget, Estimate Committed, IReadOnlySet<int> BeyondMandate,
    DateOnly PeriodStart, DateOnly PeriodEnd);
