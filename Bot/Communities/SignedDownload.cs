namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// A zip behind a signed, expiring link for one subject (a community, a person) in one language: the decision export,
/// a person's data. A download states only its path, its purpose word (so that one kind of link cannot be turned into
/// another) and the query name of its subject; making the link, checking it and the endpoint's answers are the same
/// for all (<see cref="SignedDownloadEndpoint"/>). A zip unless it says otherwise (the portfolio's CSV, JSON and chart).
/// </summary>
public sealed record SignedDownload(string Path, string Purpose, string Subject, string ContentType = "application/zip")
{
    /// <param name="lifetime">How long the link works; the configured download lifetime when null.</param>
    public Task<(Uri Link, DateTimeOffset Expires)> CreateAsync(LinkSigner signer, string subject, Language language,
        CancellationToken cancellationToken, TimeSpan? lifetime = null) =>
        signer.CreateAsync(Path, Purpose, [(Subject, subject), ("lang", language.Code())], lifetime ?? signer.LinkLifetime, cancellationToken);

    /// <summary>True when this bot made the link for this subject and language, and it has not expired.</summary>
    public Task<bool> VerifyAsync(LinkSigner signer, string? subject, string? lang, string? expires, string? signature,
        CancellationToken cancellationToken) =>
        signer.VerifyAsync(Purpose, [subject, lang], expires, signature, cancellationToken);
}
