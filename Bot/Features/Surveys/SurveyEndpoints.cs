using CoordinatorBot.Cards.Surveys;

namespace CoordinatorBot.Bot.Features.Surveys;

/// <summary>GET /surveys/chart (a question's chart as PNG) and /surveys/csv (the results as CSV) for valid signed links; 403 otherwise.</summary>
public static class SurveyEndpoints
{
    public static IEndpointRouteBuilder MapSurveyLinks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SurveyLinks.ChartPath, async (HttpContext context, SurveyLinks links, CommunityStore communities, SurveyService surveys) =>
        {
            var q = context.Request.Query;
            string? community = q["community"], survey = q["survey"], question = q["question"], lang = q["lang"];
            if (!await links.VerifyChartAsync(community, survey, question, lang, q["expires"], q["signature"], context.RequestAborted) ||
                !int.TryParse(survey, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ||
                !int.TryParse(question, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }

            if (await communities.GetAsync(community!, context.RequestAborted) is not { } found ||
                await surveys.GetAsync(found, number, context.RequestAborted) is not { } shown || index >= shown.Questions.Count)
            {
                return Results.NotFound();
            }

            var (results, _) = await surveys.ResultsAsync(found.Id, shown, context.RequestAborted);
            return SurveyCharts.HasChart(results.Questions[index])
                ? Results.File(SurveyChartRenderer.Render(results.Questions[index]), "image/png")
                : Results.NotFound();
        });
        endpoints.MapGet(SurveyLinks.CsvPath, async (HttpContext context, SurveyLinks links, CommunityStore communities, SurveyService surveys) =>
        {
            var q = context.Request.Query;
            string? community = q["community"], survey = q["survey"], lang = q["lang"];
            if (!await links.VerifyCsvAsync(community, survey, lang, q["expires"], q["signature"], context.RequestAborted) ||
                !int.TryParse(survey, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }

            if (await communities.GetAsync(community!, context.RequestAborted) is not { } found ||
                await surveys.GetAsync(found, number, context.RequestAborted) is not { } shown)
            {
                return Results.NotFound();
            }

            var texts = new Texts(LanguageChoice.FromCode(lang) ?? Language.Danish);
            var (results, answers) = await surveys.ResultsAsync(found.Id, shown, context.RequestAborted);
            return Results.File(SurveyCsv.Results(texts, results, answers), "text/csv; charset=utf-8", $"undersoegelse-{number}.csv");
        });
        return endpoints;
    }
}
