using CoordinatorBot.Domain.Status;

namespace CoordinatorBot.Storage.Status;

/// <summary>
/// The governance report's own row ("governance") as stored: its target level, and before layout 6 every mark
/// (<paramref name="History"/>, which later layouts keep in rows of their own and write empty).
/// </summary>
internal sealed record GovernanceReportRow(GovernanceLevel TargetLevel, IReadOnlyList<GovernanceEntry>? History = null)
{
    public const string RowKey = "governance";
}
