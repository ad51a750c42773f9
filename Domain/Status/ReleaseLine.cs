namespace CoordinatorBot.Domain.Status;

/// <summary>A release dated in the report's period: its version, date, summary and how many backlog items it delivered.</summary>
public sealed record ReleaseLine(string Version, DateOnly Date, string Summary, int Items);
