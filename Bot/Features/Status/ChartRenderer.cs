using CoordinatorBot.Domain.Status;
using ScottPlot;

namespace CoordinatorBot.Bot.Features.Status;

/// <summary>A report's charts as PNG (<see cref="BarChart"/>): bars for the data, a line for the budget.</summary>
public static class ChartRenderer
{
    public const int Width = BarChart.Width;
    public const int Height = BarChart.Height;

    public static byte[] Render(Texts texts, StatusReport report, StatusChart chart)
    {
        var plot = BarChart.Titled(Cards.Status.StatusCharts.Title(texts, chart));
        switch (chart)
        {
            case StatusChart.Backlog:
                double[] hours = [.. report.Classes.Select(c => (double)(c.Total.Hours ?? 0))];
                Bars(plot, hours, [.. report.Classes.Select(c => texts.ClassName(c.Class))]);
                plot.YLabel(texts.StatusChartHours);
                if (report.Budget.Hours is { } budget)
                {
                    Budget(plot, texts, (double)budget, hours);
                }

                break;
            case StatusChart.Onboarding:
                Bars(plot, [.. report.Onboardings.Select(o => o.Total == 0 ? 0 : 100.0 * o.Done / o.Total)], [.. report.Onboardings.Select(o => CoordinatorBot.Domain.Onboarding.Municipalities.OfficialName(o.Municipality))]);
                plot.YLabel(texts.StatusChartSteps);
                plot.Axes.SetLimitsY(0, 105);
                break;
            default:
                double[] weeks = [.. report.MustWeeks.Select(w => (double)w.Hours)];
                Bars(plot, weeks, [.. report.MustWeeks.Select(w => texts.StatusWeek(w.Week))]);
                plot.YLabel(texts.StatusChartHours);
                Budget(plot, texts, (double)report.WeeklyHourBudget, weeks);
                break;
        }

        return BarChart.Png(plot);
    }

    private static void Bars(Plot plot, double[] values, string[] labels)
    {
        BarChart.Series(plot, values);
        BarChart.Labels(plot, labels);
    }

    /// <summary>The budget as a dashed line, the axis stretched so that the line shows even when every bar is below it.</summary>
    private static void Budget(Plot plot, Texts texts, double value, double[] bars)
    {
        BarChart.Reach(plot, Math.Max(value, bars.DefaultIfEmpty(0).Max()));
        var line = plot.Add.HorizontalLine(value);
        line.LegendText = texts.StatusChartBudget;
        line.LinePattern = LinePattern.Dashed;
        plot.ShowLegend();
    }
}
