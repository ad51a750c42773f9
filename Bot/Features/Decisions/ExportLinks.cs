using CoordinatorBot.Bot.Communities;
using CoordinatorBot.Cards.Localization;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>Signed, time-limited download links for one community's export, in one language.</summary>
public sealed class ExportLinks(LinkSigner signer)
{
    public const string Path = "/export/decisions";
    private const string Purpose = "export";

    public Task<(Uri Link, DateTimeOffset Expires)> CreateAsync(string communityId, Language language, CancellationToken cancellationToken) =>
        signer.CreateAsync(Path, Purpose, [("community", communityId), ("lang", language.Code())], signer.LinkLifetime, cancellationToken);

    /// <summary>True when the link was made by this bot, for this community and language, and has not expired.</summary>
    public Task<bool> VerifyAsync(string? communityId, string? lang, string? expires, string? signature, CancellationToken cancellationToken) =>
        signer.VerifyAsync(Purpose, [communityId, lang], expires, signature, cancellationToken);
}
