using CoordinatorBot.Bot.Communities;
using CoordinatorBot.Cards.Localization;

namespace CoordinatorBot.Bot.Features.People;

/// <summary>Signed, time-limited links to one person's data, in one language.</summary>
public sealed class PersonalDataLinks(LinkSigner signer)
{
    public const string Path = "/people/data";
    private const string Purpose = "my-data";

    public Task<(Uri Link, DateTimeOffset Expires)> CreateAsync(string aadObjectId, Language language, CancellationToken cancellationToken) =>
        signer.CreateAsync(Path, Purpose, [("person", aadObjectId), ("lang", language.Code())], signer.LinkLifetime, cancellationToken);

    /// <summary>True when this bot made the link for this person and language, and it has not expired.</summary>
    public Task<bool> VerifyAsync(string? aadObjectId, string? lang, string? expires, string? signature, CancellationToken cancellationToken) =>
        signer.VerifyAsync(Purpose, [aadObjectId, lang], expires, signature, cancellationToken);
}
