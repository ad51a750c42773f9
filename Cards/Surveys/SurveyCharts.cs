using CoordinatorBot.Domain.Surveys;

namespace CoordinatorBot.Cards.Surveys;

/// <summary>What a question's chart shows, as bars with their labels, and the same numbers in words for its alt text.</summary>
public static class SurveyCharts
{
    /// <summary>A chart is drawn for a scale or choice question that someone answered.</summary>
    public static bool HasChart(QuestionResult result) => result.Question.Kind != QuestionKind.FreeText && result.Answered > 0;

    public static IReadOnlyList<(string Label, int Count)> Bars(QuestionResult result) => result.Question.Kind == QuestionKind.Scale
        ? [.. result.Counts.Select((c, i) => (ScaleLabel(result.Question, i + SurveyQuestion.ScaleMin), c))]
        : [.. result.Question.Options.Select((o, i) => (o, result.Counts[i]))];

    public static string AltText(Texts texts, QuestionResult result) =>
        texts.SurveyChartAlt(result.Index + 1, result.Question.Text,
            string.Join("; ", Bars(result).Select(b => texts.SurveyChartBar(b.Label, b.Count))),
            result.Average is { } average ? texts.SurveyAverage(texts.Number(average)) : string.Empty);

    public static string ScaleLabel(SurveyQuestion question, int step) => step switch
    {
        SurveyQuestion.ScaleMin when question.LowLabel is { } low => $"{step} {low}",
        SurveyQuestion.ScaleMax when question.HighLabel is { } high => $"{step} {high}",
        _ => step.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
