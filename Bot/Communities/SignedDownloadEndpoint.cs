namespace CoordinatorBot.Bot.Communities;

/// <summary>GET a <see cref="SignedDownload"/>: the file (a zip unless it says otherwise) for a valid link; 403 for a tampered or expired one; 404 when there is nothing.</summary>
public static class SignedDownloadEndpoint
{
    public static IEndpointRouteBuilder MapSignedDownload<TArchive>(this IEndpointRouteBuilder endpoints, SignedDownload download,
        Func<TArchive, string, Language, CancellationToken, Task<(byte[] Content, string FileName)?>> build)
        where TArchive : notnull
    {
        endpoints.MapGet(download.Path, async (HttpContext context, LinkSigner signer) =>
        {
            var q = context.Request.Query;
            string? subject = q[download.Subject], lang = q["lang"];
            if (!await download.VerifyAsync(signer, subject, lang, q["expires"], q["signature"], context.RequestAborted))
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }

            var archive = context.RequestServices.GetRequiredService<TArchive>();
            var language = LanguageExtensions.FromLocale(lang) ?? Language.Danish;
            return await build(archive, subject!, language, context.RequestAborted) is { } file
                ? Results.File(file.Content, download.ContentType, file.FileName)
                : Results.NotFound();
        });
        return endpoints;
    }
}
