using ScottPlot;
using ScottPlot.Plottables;

namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// The bot's charts (the status report's, a survey question's, the portfolio's) as PNG, drawn with ScottPlot on
/// SkiaSharp: one size for all, bars at 0, 1, 2 … with their labels under them, standing on the axis. A feature adds
/// what is its own (a budget line, a second series, a legend) to the plot between these steps.
/// </summary>
public static class BarChart
{
    public const int Width = 800;
    public const int Height = 400;

    public static Plot Titled(string title)
    {
        var plot = new Plot();
        plot.Title(title);
        return plot;
    }

    /// <summary>One series of bars; <paramref name="shift"/> and <paramref name="size"/> set two series side by side.</summary>
    public static BarPlot Series(Plot plot, double[] values, string? legend = null, double shift = 0, double? size = null)
    {
        var series = plot.Add.Bars([.. Enumerable.Range(0, values.Length).Select(i => i + shift)], values);
        if (legend is not null)
        {
            series.LegendText = legend;
        }

        if (size is { } width)
        {
            foreach (var bar in series.Bars)
            {
                bar.Size = width;
            }
        }

        return series;
    }

    /// <summary>The labels under the bars, and no margin below them, so that the bars stand on the axis.</summary>
    public static void Labels(Plot plot, IReadOnlyList<string> labels)
    {
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, labels.Count).Select(i => (double)i)], [.. labels]);
        plot.Axes.Margins(bottom: 0);
    }

    /// <summary>The value axis from zero to a tenth above <paramref name="top"/>, so that the highest bar does not touch the frame.</summary>
    public static void Reach(Plot plot, double top) => plot.Axes.SetLimitsY(0, top * 1.1);

    public static byte[] Png(Plot plot) => plot.GetImageBytes(Width, Height, ImageFormat.Png);
}
