using CoordinatorBot.Domain.Backlog;

namespace CoordinatorBot.Cards.Localization;

/// <summary>The Backlog texts that choose their key or compose: budget periods, importance, item statuses, kroner.</summary>
public sealed partial class Texts
{
    public string BudgetPeriodName(BudgetPeriod period) => period switch
    {
        BudgetPeriod.Quarter => BudgetPeriodQuarter, BudgetPeriod.Year => BudgetPeriodYear,
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
    };

    public string ImportanceName(WishImportance importance) => importance switch
    {
        WishImportance.Low => ImportanceLow, WishImportance.Medium => ImportanceMedium,
        WishImportance.High => ImportanceHigh,
        _ => throw new ArgumentOutOfRangeException(nameof(importance), importance, null),
    };

    public string ItemStatusName(ItemStatus status) => status switch
    {
        ItemStatus.New => ItemStatusNew, ItemStatus.Prioritised => ItemStatusPrioritised,
        ItemStatus.InProgress => ItemStatusInProgress, ItemStatus.InTest => ItemStatusInTest,
        ItemStatus.Delivered => ItemStatusDelivered, ItemStatus.Rejected => ItemStatusRejected,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>An amount in kroner as the reader writes it: "300.000 kr.", "DKK 300,000".</summary>
    public string Kroner(decimal amount) => KronerFormat(amount.ToString("#,0.##", _culture));
}
