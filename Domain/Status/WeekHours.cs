namespace CoordinatorBot.Domain.Status;

/// <summary>The coordinator's MUST hours falling in one ISO week, against the weekly hour budget.</summary>
public sealed record WeekHours(int Year, int Week, decimal Hours);
