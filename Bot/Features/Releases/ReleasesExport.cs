using CoordinatorBot.Cards.Releases;
using CoordinatorBot.Domain.Releases;
using CoordinatorBot.Storage.Releases;

namespace CoordinatorBot.Bot.Features.Releases;

/// <summary>
/// The releases in the export ("versioner/"): an index, a page per version — also for a version items are marked with
/// that is not out yet, so an item's link to its release always resolves — linking its items and decisions, and a CSV.
/// </summary>
public sealed class ReleasesExport(ReleaseStore store, IBacklogReadings backlog, IDecisionReadings decisions) : IExportSection
{
    public async Task<IReadOnlyList<(string Path, byte[] Content)>> FilesAsync(Community community, Texts texts, CancellationToken cancellationToken)
    {
        var releases = await store.ListAsync(community.Id, cancellationToken);
        var items = (await backlog.LoadAsync(community.Id, cancellationToken)).Items;
        var marked = items.Select(i => ReleaseVersion.TryParse(i.ReleaseVersion)).OfType<ReleaseVersion>()
            .Where(v => ReleaseLog.Find(releases, v) is null).Distinct().ToList();
        if (releases.Count == 0 && marked.Count == 0)
        {
            return [];
        }

        var log = await decisions.ListAsync(community.Id, cancellationToken);
        var files = PageNames.DecisionFileNames(log, community.Clock.Zone);
        var byNumber = log.ToDictionary(d => d.Number.ToString(), StringComparer.Ordinal);
        var pages = releases.Select(r => Page(r.ParsedVersion(), r))
            .Concat(marked.Select(v => Page(v, null)))
            .OrderByDescending(p => p.Version).ToList();
        var folder = ReleasesMarkdown.Folder(texts);
        List<(string, byte[])> output =
        [
            ($"{folder}/index.md", Encoding.UTF8.GetBytes(ReleasesMarkdown.Index(texts, pages))),
            ($"{folder}/{folder}.csv", ReleasesMarkdown.Csv(texts, pages)),
        ];
        output.AddRange(pages.Select((p, i) => ($"{folder}/{PageNames.ReleaseFileName(p.Version)}", Encoding.UTF8.GetBytes(ReleasesMarkdown.Page(texts, p, i + 1)))));
        return output;

        ReleaseExportPage Page(ReleaseVersion version, Release? release) => new(version, release,
            [.. items.Where(i => ReleaseVersion.TryParse(i.ReleaseVersion) is { } v && v.Equals(version)).OrderBy(i => i.Number)],
            [.. (release?.Decisions ?? []).Select(n => byNumber.TryGetValue(n, out var d)
                ? (n, d.Draft.Title, (string?)files[d.Number])
                : (n, string.Empty, null))]);
    }
}
