using CoordinatorBot.Domain.Status;

namespace CoordinatorBot.Bot.Features.Status;

/// <summary>Signed, expiring links to one chart of one report ("draft" or its number), in one language.</summary>
public sealed class ChartLinks(LinkSigner signer, IOptions<StatusOptions> options)
{
    public const string Path = "/status/chart";
    public const string Draft = "draft";
    private const string Purpose = "chart";

    public async Task<Uri> CreateAsync(string communityId, string report, StatusChart chart, Language language, CancellationToken cancellationToken) =>
        (await signer.CreateAsync(Path, Purpose, [("community", communityId), ("report", report), ("chart", chart.ToString()), ("lang", language.Code())],
            options.Value.ChartLinkLifetime, cancellationToken)).Link;

    /// <summary>True when the link was made by this bot for exactly these values and has not expired.</summary>
    public Task<bool> VerifyAsync(string? communityId, string? report, string? chart, string? lang, string? expires, string? signature,
        CancellationToken cancellationToken) =>
        signer.VerifyAsync(Purpose, [communityId, report, chart, lang], expires, signature, cancellationToken);
}
