using CoordinatorBot.Domain.Portfolio;

namespace CoordinatorBot.Cards.Portfolio;

/// <summary>The portfolio's figures in words, the same on the card, in the chart's alt text and in the CSV.</summary>
public static class PortfolioWords
{
    public static string Governance(Texts texts, PortfolioRow row) =>
        texts.PortfolioGovernanceValue(Reached(texts, row), texts.GovernanceLevelName(row.GovernanceTarget));

    public static string Reached(Texts texts, PortfolioRow row) =>
        row.GovernanceReached is { } reached ? texts.GovernanceLevelName(reached) : texts.PortfolioGovernanceNone;

    public static string Backlog(Texts texts, PortfolioRow row) =>
        texts.PortfolioBacklogValue(texts.Count(row.CommittedHours, Unit.Hour),
            row.BudgetHours is { } budget ? texts.Count(budget, Unit.Hour) : texts.PortfolioNoBudget);

    /// <summary>The chart's alt text: every bar's number, in the chart's order.</summary>
    public static string ChartAlt(Texts texts, IReadOnlyList<PortfolioRow> rows) =>
        texts.PortfolioChartAlt(string.Join("; ", rows.Take(PortfolioCard.MaxShown).Select(r => $"{r.Product}: {Backlog(texts, r)}")));
}
