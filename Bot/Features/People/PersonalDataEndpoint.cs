using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Cards.Localization;

namespace CoordinatorBot.Bot.Features.People;

/// <summary>GET /people/data: the person's zip for a valid signed link; 403 for a tampered or expired one.</summary>
public static class PersonalDataEndpoint
{
    public static IEndpointRouteBuilder MapPersonalData(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PersonalDataLinks.Path, async (HttpContext context, PersonalDataLinks links, PersonalDataArchive archive) =>
        {
            var q = context.Request.Query;
            string? person = q["person"], lang = q["lang"];
            if (!await links.VerifyAsync(person, lang, q["expires"], q["signature"], context.RequestAborted))
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }

            var language = LanguageChoice.FromCode(lang) ?? Language.Danish;
            var (zip, fileName) = await archive.BuildAsync(person!, language, context.RequestAborted);
            return Results.File(zip, "application/zip", fileName);
        });
        return endpoints;
    }
}
