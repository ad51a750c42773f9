using CoordinatorBot.Cards.Surveys;
using CoordinatorBot.Domain.Surveys;

namespace CoordinatorBot.Bot.Features.Surveys;

/// <summary>A question's answers as a bar chart (PNG), drawn as the status report's charts are.</summary>
public static class SurveyChartRenderer
{
    public static byte[] Render(QuestionResult result)
    {
        var bars = SurveyCharts.Bars(result);
        var plot = BarChart.Titled($"{result.Index + 1}. {Shorten(result.Question.Text, 70)}");
        BarChart.Series(plot, [.. bars.Select(b => (double)b.Count)]);
        BarChart.Labels(plot, [.. bars.Select(b => Shorten(b.Label, 18))]);
        BarChart.Reach(plot, Math.Max(1, bars.Max(b => b.Count)));
        return BarChart.Png(plot);
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : $"{text[..(length - 1)]}…";
}
