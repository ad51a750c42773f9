namespace CoordinatorBot.Domain.Backlog;

/// <summary>
/// The mandate the steering group gives the coordination group: hours and/or DKK per quarter or year. With neither set
/// there is no budget to exceed.
/// </summary>
public sealed record BacklogBudget(decimal? Hours, decimal? Dkk, BudgetPeriod Period)
{
    public bool IsSet => Hours is not null || Dkk is not null;

    /// <summary>Whether <paramref name="used"/> goes beyond either limit that is set.</summary>
    public bool IsExceededBy(Estimate used) =>
        (Hours is { } hours && (used.Hours ?? 0) > hours) || (Dkk is { } dkk && (used.Dkk ?? 0) > dkk);

    /// <summary>The first day of the period that holds <paramref name="day"/>.</summary>
    public DateOnly PeriodStart(DateOnly day) => Period == BudgetPeriod.Year
        ? new DateOnly(day.Year, 1, 1)
        : new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1);

    public DateOnly PeriodEnd(DateOnly day) => PeriodStart(day).AddMonths(Period == BudgetPeriod.Year ? 12 : 3).AddDays(-1);
}
