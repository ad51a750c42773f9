namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// A file behind a signed, expiring link for its subjects (a community, a person; a community's report and chart) in
/// one language: the decision export, a person's data, a chart, a calendar file. A download states only its path, its
/// purpose word (so that one kind of link cannot be turned into another) and the query names of its subjects, in the
/// order they are signed; making the link, checking it and the endpoint's answers are the same for all
/// (<see cref="SignedDownloadEndpoint"/>). A zip unless it says otherwise.
/// </summary>
public sealed record SignedDownload(string Path, string Purpose, IReadOnlyList<string> Subjects, string ContentType = "application/zip")
{
    /// <summary>A download for one subject.</summary>
    public SignedDownload(string path, string purpose, string subject, string contentType = "application/zip")
        : this(path, purpose, [subject], contentType)
    {
    }

    /// <param name="subjects">The subjects' values, in the order of <see cref="Subjects"/>.</param>
    /// <param name="lifetime">How long the link works; the configured download lifetime when null.</param>
    public Task<(Uri Link, DateTimeOffset Expires)> CreateAsync(LinkSigner signer, IReadOnlyList<string> subjects, Language language,
        CancellationToken cancellationToken, TimeSpan? lifetime = null) =>
        signer.CreateAsync(Path, Purpose, [.. Subjects.Zip(subjects), ("lang", language.Code())], lifetime ?? signer.LinkLifetime, cancellationToken);

    /// <summary>True when this bot made the link for these subjects and this language, and it has not expired.</summary>
    public Task<bool> VerifyAsync(LinkSigner signer, IReadOnlyList<string?> subjects, string? lang, string? expires, string? signature,
        CancellationToken cancellationToken) =>
        signer.VerifyAsync(Purpose, [.. subjects, lang], expires, signature, cancellationToken);
}
