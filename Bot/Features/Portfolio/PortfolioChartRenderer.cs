using CoordinatorBot.Cards.Portfolio;
using CoordinatorBot.Domain.Portfolio;
using ScottPlot;

namespace CoordinatorBot.Bot.Features.Portfolio;

/// <summary>
/// The portfolio's chart as PNG (ScottPlot on SkiaSharp, as the status report's): per community, the committed backlog
/// hours beside the coordination group's budget, in the card's order (by risk).
/// </summary>
public static class PortfolioChartRenderer
{
    public const int Width = 800;
    public const int Height = 400;

    public static byte[] Render(Texts texts, IReadOnlyList<PortfolioRow> rows)
    {
        var shown = rows.Take(PortfolioCard.MaxShown).ToList();
        var plot = new Plot();
        plot.Title(texts.PortfolioChartTitle);
        double[] committed = [.. shown.Select(r => (double)r.CommittedHours)];
        double[] budget = [.. shown.Select(r => (double)(r.BudgetHours ?? 0))];
        var left = plot.Add.Bars([.. Enumerable.Range(0, shown.Count).Select(i => i - 0.2)], committed);
        left.LegendText = texts.PortfolioChartCommitted;
        foreach (var bar in left.Bars)
        {
            bar.Size = 0.4;
        }

        var right = plot.Add.Bars([.. Enumerable.Range(0, shown.Count).Select(i => i + 0.2)], budget);
        right.LegendText = texts.PortfolioChartBudget;
        foreach (var bar in right.Bars)
        {
            bar.Size = 0.4;
        }

        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, shown.Count).Select(i => (double)i)], [.. shown.Select(r => r.Product)]);
        plot.Axes.Margins(bottom: 0);
        plot.Axes.SetLimitsY(0, Math.Max(1, committed.Concat(budget).DefaultIfEmpty(0).Max()) * 1.1);
        plot.YLabel(texts.StatusChartHours);
        plot.ShowLegend();
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }
}
