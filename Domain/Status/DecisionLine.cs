namespace CoordinatorBot.Domain.Status;

/// <summary>A decision as the report lists it: taken in the period, or still open.</summary>
public sealed record DecisionLine(string Number, string Title, Decisions.DecisionStatus Status, DateTimeOffset? ClosedAt, DateTimeOffset Deadline);
