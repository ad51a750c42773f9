using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Cards.Localization;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>GET /export/decisions: the zip for a valid signed link; 403 for a tampered or expired one.</summary>
public static class DecisionExportEndpoint
{
    public static IEndpointRouteBuilder MapDecisionExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportLinks.Path, async (HttpContext context, ExportLinks links, DecisionArchive archive) =>
        {
            var q = context.Request.Query;
            string? community = q["community"], lang = q["lang"];
            if (!await links.VerifyAsync(community, lang, q["expires"], q["signature"], context.RequestAborted))
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }

            var language = LanguageChoice.FromCode(lang) ?? Language.Danish;
            return await archive.BuildAsync(community!, language, context.RequestAborted) is { } zip
                ? Results.File(zip.Zip, "application/zip", zip.FileName)
                : Results.NotFound();
        });
        return endpoints;
    }
}
