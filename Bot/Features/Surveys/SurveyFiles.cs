using CoordinatorBot.Cards.Surveys;

namespace CoordinatorBot.Bot.Features.Surveys;

/// <summary>What a verified <see cref="SurveyLinks"/> link opens: a question's chart as PNG, the results as CSV; null when the survey or question is gone.</summary>
public sealed class SurveyFiles(CommunityStore communities, SurveyService surveys)
{
    public async Task<(byte[] Content, string? FileName)?> ChartAsync(IReadOnlyList<string> subjects, CancellationToken cancellationToken)
    {
        if (subjects is not [var community, var survey, var question] || !Number(survey, out var number) || !Number(question, out var index) ||
            await communities.GetAsync(community, cancellationToken) is not { } found ||
            await surveys.GetAsync(found, number, cancellationToken) is not { } shown || index >= shown.Questions.Count)
        {
            return null;
        }

        var (results, _) = await surveys.ResultsAsync(found.Id, shown, cancellationToken);
        return SurveyCharts.HasChart(results.Questions[index]) ? (SurveyChartRenderer.Render(results.Questions[index]), null) : null;
    }

    public async Task<(byte[] Content, string? FileName)?> CsvAsync(IReadOnlyList<string> subjects, Language language, CancellationToken cancellationToken)
    {
        if (subjects is not [var community, var survey] || !Number(survey, out var number) ||
            await communities.GetAsync(community, cancellationToken) is not { } found ||
            await surveys.GetAsync(found, number, cancellationToken) is not { } shown)
        {
            return null;
        }

        var (results, answers) = await surveys.ResultsAsync(found.Id, shown, cancellationToken);
        return (SurveyCsv.Results(new Texts(language), results, answers), $"undersoegelse-{number}.csv");
    }

    private static bool Number(string text, out int value) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
