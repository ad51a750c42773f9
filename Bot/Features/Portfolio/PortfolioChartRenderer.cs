using CoordinatorBot.Cards.Portfolio;
using CoordinatorBot.Domain.Portfolio;

namespace CoordinatorBot.Bot.Features.Portfolio;

/// <summary>
/// The portfolio's chart as PNG, drawn as the status report's: per community, the committed backlog hours beside the
/// coordination group's budget, in the card's order (by risk).
/// </summary>
public static class PortfolioChartRenderer
{
    // Two series side by side at each community: each bar a little under half the room, a fifth off the middle.
    private const double Shift = 0.2;
    private const double Size = 0.4;

    public static byte[] Render(Texts texts, IReadOnlyList<PortfolioRow> rows)
    {
        var shown = rows.Take(PortfolioCard.MaxShown).ToList();
        var plot = BarChart.Titled(texts.PortfolioChartTitle);
        double[] committed = [.. shown.Select(r => (double)r.CommittedHours)];
        double[] budget = [.. shown.Select(r => (double)(r.BudgetHours ?? 0))];
        BarChart.Series(plot, committed, texts.PortfolioChartCommitted, -Shift, Size);
        BarChart.Series(plot, budget, texts.PortfolioChartBudget, Shift, Size);
        BarChart.Labels(plot, [.. shown.Select(r => r.Product)]);
        BarChart.Reach(plot, Math.Max(1, committed.Concat(budget).DefaultIfEmpty(0).Max()));
        plot.YLabel(texts.StatusChartHours);
        plot.ShowLegend();
        return BarChart.Png(plot);
    }
}
