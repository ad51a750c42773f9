namespace CoordinatorBot.Domain.Status;

/// <summary>An item's assessment: its mark and evidence line, and who set it when.</summary>
public sealed record GovernanceEntry(string ItemId, GovernanceMark Mark, string? Evidence, string ByName, DateTimeOffset At);
