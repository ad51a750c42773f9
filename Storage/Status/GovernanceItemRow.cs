using CoordinatorBot.Domain.Status;

namespace CoordinatorBot.Storage.Status;

/// <summary>
/// An item's row of the governance report ("gi|G3"): its newest marks, oldest first, the last its mark now. Together
/// they hold the report's newest marks of all (the newest <see cref="GovernanceStore.RecentMarks"/> of the report are
/// each among the newest as many of their item), so that one query reads what the card shows.
/// </summary>
internal sealed record GovernanceItemRow(IReadOnlyList<GovernanceEntry> Recent)
{
    /// <summary>The row with one more mark, in its place by time; the oldest drop out past what is kept.</summary>
    public GovernanceItemRow With(GovernanceEntry entry) =>
        new([.. Recent.Append(entry).OrderBy(e => e.At).TakeLast(GovernanceStore.RecentMarks)]);

    /// <summary>Whether one of its newest marks was set by the press <paramref name="deliveredBy"/>.</summary>
    public bool Holds(string deliveredBy) => Recent.Any(e => string.Equals(e.DeliveredBy, deliveredBy, StringComparison.Ordinal));
}
