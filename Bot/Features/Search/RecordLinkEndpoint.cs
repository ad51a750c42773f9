using System.Net;
using CoordinatorBot.Domain.Search;

namespace CoordinatorBot.Bot.Features.Search;

/// <summary>
/// GET /r/{community}/{kind}/{id} in a browser: the link is meant to be pasted into Teams, where it unfolds for the
/// community's people. A browser carries no Teams identity, so it gets a small page (Danish, or English when the
/// browser prefers it) that says so and names nothing of the record — not even whether it exists; storage is not read.
/// </summary>
public static class RecordLinkEndpoint
{
    public static IEndpointRouteBuilder MapRecordLinks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet($"/{RecordKey.PathPrefix}/{{community}}/{{kind}}/{{id}}", (HttpContext context, string kind) =>
        {
            if (RecordKey.KindOf(kind) is null)
            {
                return Results.NotFound();
            }

            var texts = new Texts(PreferredLanguage(context.Request.Headers.AcceptLanguage.ToString()));
            var page = $"""
                <!DOCTYPE html>
                <html lang="{texts.Language.Code()}">
                <head><meta charset="utf-8"><meta name="robots" content="noindex"><title>{WebUtility.HtmlEncode(texts.SearchLinkPageTitle)}</title></head>
                <body><h1>{WebUtility.HtmlEncode(texts.SearchLinkPageTitle)}</h1><p>{WebUtility.HtmlEncode(texts.SearchLinkPageText)}</p></body>
                </html>
                """;
            context.Response.Headers.CacheControl = "no-store";
            return Results.Content(page, "text/html; charset=utf-8", Encoding.UTF8);
        });
        return endpoints;
    }

    /// <summary>English when the browser's first language is English; Danish otherwise.</summary>
    private static Language PreferredLanguage(string acceptLanguage) =>
        LanguageExtensions.FromLocale(acceptLanguage.Split(',')[0].Split(';')[0]) ?? Language.Danish;
}
