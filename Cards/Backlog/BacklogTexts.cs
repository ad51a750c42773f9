using CoordinatorBot.Domain.Backlog;

namespace CoordinatorBot.Cards.Localization;

/// <summary>The Backlog texts that choose their key or compose: budget periods, importance, item statuses, kroner.</summary>
public sealed partial class Texts
{
    [TextPerValue] public partial string BudgetPeriodName(BudgetPeriod period);

    [TextPerValue] public partial string ImportanceName(WishImportance importance);

    [TextPerValue] public partial string ItemStatusName(ItemStatus status);

    /// <summary>An amount in kroner as the reader writes it: "300.000 kr.", "DKK 300,000".</summary>
    public string Kroner(decimal amount) => KronerFormat(amount.ToString("#,0.##", _culture));
}
