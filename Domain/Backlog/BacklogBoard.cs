using CoordinatorBot.Domain.Priorities;

namespace CoordinatorBot.Domain.Backlog;

/// <summary>
/// The prioritisation board's arithmetic: the sums of the estimates per MoSCoW class, what the period's committed
/// items use of the budget, and which new items would take it beyond the mandate.
/// </summary>
public static class BacklogBoard
{
    /// <summary>The estimates of the items still in play (not rejected) summed per class.</summary>
    public static IReadOnlyDictionary<MoscowClass, Estimate> Sums(IEnumerable<BacklogItem> items) =>
        Enum.GetValues<MoscowClass>().ToDictionary(c => c,
            c => items.Where(i => i.Class == c && i.Status != ItemStatus.Rejected).Aggregate(Estimate.None, (sum, i) => sum + i.Estimate));

    /// <summary>What the items prioritised in the period that holds <paramref name="today"/> use of the budget.</summary>
    public static Estimate Committed(IEnumerable<BacklogItem> items, BacklogBudget budget, DateOnly today, TimeZoneInfo zone)
    {
        var start = budget.PeriodStart(today);
        var end = budget.PeriodEnd(today);
        return items.Where(i => i.IsCommitted && i.PrioritisedAt is { } at && InPeriod(at, zone, start, end))
            .Aggregate(Estimate.None, (sum, i) => sum + i.Estimate);
    }

    /// <summary>
    /// The mandate rule: a new item is beyond the coordination group's mandate when prioritising it would take the
    /// period's committed estimates over the budget (either limit that is set). Without a budget nothing is beyond it.
    /// </summary>
    public static bool IsBeyondMandate(BacklogItem item, IEnumerable<BacklogItem> items, BacklogBudget budget, DateOnly today, TimeZoneInfo zone) =>
        budget.IsSet && item.Status == ItemStatus.New && budget.IsExceededBy(Committed(items, budget, today, zone) + item.Estimate);

    private static bool InPeriod(DateTimeOffset at, TimeZoneInfo zone, DateOnly start, DateOnly end)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
        return day >= start && day <= end;
    }
}
