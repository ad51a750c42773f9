using CoordinatorBot.Domain.Status;
using CoordinatorBot.Storage.Status;

namespace CoordinatorBot.Bot.Features.Status;

/// <summary>GET /status/chart: a report's chart as PNG for a valid signed link; 403 for a tampered or expired one.</summary>
public static class StatusChartEndpoint
{
    public static IEndpointRouteBuilder MapStatusCharts(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ChartLinks.Path, async (HttpContext context, ChartLinks links, CommunityStore communities, StatusStore store) =>
        {
            var q = context.Request.Query;
            string? community = q["community"], report = q["report"], chart = q["chart"], lang = q["lang"];
            if (!await links.VerifyAsync(community, report, chart, lang, q["expires"], q["signature"], context.RequestAborted) ||
                !Enum.TryParse<StatusChart>(chart, out var which))
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }

            var shown = report == ChartLinks.Draft
                ? await store.DraftAsync(community!, context.RequestAborted)
                : StatusReportNumber.Parse(report) is { } number ? await store.GetAsync(community!, number, context.RequestAborted) : null;
            if (shown is null || await communities.GetAsync(community!, context.RequestAborted) is null)
            {
                return Results.NotFound();
            }

            var texts = new Texts(LanguageChoice.FromCode(lang) ?? Language.Danish);
            return Results.File(ChartRenderer.Render(texts, shown, which), "image/png");
        });
        return endpoints;
    }
}
