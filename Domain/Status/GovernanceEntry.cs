namespace CoordinatorBot.Domain.Status;

/// <summary>An item's assessment: its mark and evidence line, and who set it when.</summary>
public sealed record GovernanceEntry(string ItemId, GovernanceMark Mark, string? Evidence, string ByName, DateTimeOffset At)
{
    /// <summary>
    /// The press that set it (its activity as a key; none for marks taken from the suggestions or stored before), so that
    /// Teams delivering the same press again is recognised and not kept twice.
    /// </summary>
    public string? DeliveredBy { get; init; }
}
