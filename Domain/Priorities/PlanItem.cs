namespace CoordinatorBot.Domain.Priorities;

/// <summary>Something for the coordinator this week: a task, or a decision or onboarding step waiting for them.</summary>
/// <param name="DefaultKey">For a default task or onboarding step, the key of its title text.</param>
/// <param name="Detail">For an onboarding step, its own title when it has one (<see cref="Title"/> is the municipality).</param>
public sealed record PlanItem(string Id, string Title, MoscowClass Class, decimal Hours, DateOnly? Due, PlanSource Source, bool Overdue = false,
    string? DefaultKey = null, string? Detail = null);
