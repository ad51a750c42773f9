using CoordinatorBot.Domain.Status;
using CoordinatorBot.Storage.Status;

namespace CoordinatorBot.Bot.Features.Status;

/// <summary>
/// Signed, expiring links to one chart of one report ("draft" or its number), in one language, and the chart such a
/// link opens (GET /status/chart, through <see cref="SignedDownloadEndpoint"/>).
/// </summary>
public sealed class ChartLinks(LinkSigner signer, IOptions<StatusOptions> options, CommunityStore communities, StatusStore store)
{
    public const string Draft = "draft";
    public static readonly SignedDownload Download = new("/status/chart", "chart", ["community", "report", "chart"], "image/png");

    public async Task<Uri> CreateAsync(string communityId, string report, StatusChart chart, Language language, CancellationToken cancellationToken) =>
        (await Download.CreateAsync(signer, [communityId, report, chart.ToString()], language, cancellationToken,
            options.Value.ChartLinkLifetime)).Link;

    /// <summary>The chart a verified link names; null when its report or community is gone.</summary>
    public async Task<(byte[] Content, string? FileName)?> ChartAsync(IReadOnlyList<string> subjects, Language language,
        CancellationToken cancellationToken)
    {
        if (subjects is not [var community, var report, var chart] || !Enum.TryParse<StatusChart>(chart, out var which))
        {
            return null;
        }

        var shown = report == Draft
            ? await store.DraftAsync(community, cancellationToken)
            : StatusReportNumber.Parse(report) is { } number ? await store.GetAsync(community, number, cancellationToken) : null;
        if (shown is null || await communities.GetAsync(community, cancellationToken) is null)
        {
            return null;
        }

        return (ChartRenderer.Render(new Texts(language), shown, which), null);
    }
}
