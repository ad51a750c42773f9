namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// GET a <see cref="SignedDownload"/>: the file for a valid link (named when it has a file name; shown in place, as a
/// chart is, when not); 403 for a tampered or expired one; 404 when there is nothing.
/// </summary>
public static class SignedDownloadEndpoint
{
    /// <param name="build">The file for the link's subjects (in the order of <see cref="SignedDownload.Subjects"/>) from
    /// <typeparamref name="TSource"/>; null when there is nothing.</param>
    public static IEndpointRouteBuilder MapSignedDownload<TSource>(this IEndpointRouteBuilder endpoints, SignedDownload download,
        Func<TSource, IReadOnlyList<string>, Language, CancellationToken, Task<(byte[] Content, string? FileName)?>> build)
        where TSource : notnull
    {
        endpoints.MapGet(download.Path, async (HttpContext context, LinkSigner signer) =>
        {
            var q = context.Request.Query;
            string?[] subjects = [.. download.Subjects.Select(name => (string?)q[name])];
            string? lang = q["lang"];
            if (!await download.VerifyAsync(signer, subjects, lang, q["expires"], q["signature"], context.RequestAborted))
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }

            var source = context.RequestServices.GetRequiredService<TSource>();
            var language = LanguageExtensions.FromLocale(lang) ?? Language.Danish;
            // A verified link has every subject (an empty one does not verify).
            return await build(source, [.. subjects.Select(s => s!)], language, context.RequestAborted) is { } file
                ? Results.File(file.Content, download.ContentType, file.FileName)
                : Results.NotFound();
        });
        return endpoints;
    }

    /// <summary>A download for one subject.</summary>
    public static IEndpointRouteBuilder MapSignedDownload<TSource>(this IEndpointRouteBuilder endpoints, SignedDownload download,
        Func<TSource, string, Language, CancellationToken, Task<(byte[] Content, string? FileName)?>> build)
        where TSource : notnull =>
        endpoints.MapSignedDownload<TSource>(download, (source, subjects, language, cancellationToken) =>
            build(source, subjects[0], language, cancellationToken));
}
