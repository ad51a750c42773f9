using CoordinatorBot.Cards.Surveys;
using CoordinatorBot.Domain.Surveys;
using ScottPlot;

namespace CoordinatorBot.Bot.Features.Surveys;

/// <summary>A question's answers as a bar chart (PNG, ScottPlot on SkiaSharp), drawn as the status report's charts are.</summary>
public static class SurveyChartRenderer
{
    public const int Width = 800;
    public const int Height = 400;

    public static byte[] Render(QuestionResult result)
    {
        var bars = SurveyCharts.Bars(result);
        var plot = new Plot();
        plot.Title($"{result.Index + 1}. {Shorten(result.Question.Text, 70)}");
        plot.Add.Bars([.. bars.Select(b => (double)b.Count)]);
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, bars.Count).Select(i => (double)i)], [.. bars.Select(b => Shorten(b.Label, 18))]);
        plot.Axes.Margins(bottom: 0);
        plot.Axes.SetLimitsY(0, Math.Max(1, bars.Max(b => b.Count)) * 1.1);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : $"{text[..(length - 1)]}…";
}
