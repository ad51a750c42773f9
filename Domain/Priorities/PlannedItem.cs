namespace CoordinatorBot.Domain.Priorities;

/// <summary>An item of the plan, and whether it fits within the budget.</summary>
public sealed record PlannedItem(PlanItem Item, bool Fits);
