using CoordinatorBot.Cards.Status;
using CoordinatorBot.Storage.Status;

namespace CoordinatorBot.Bot.Features.Status;

/// <summary>
/// The published status reports (a folder with its index) and the governance report (one page in the checklist's
/// layout) in the community's export. Both are always there: an empty part says so on its page.
/// </summary>
public sealed class StatusExport(StatusStore store, GovernanceStore governance) : IExportSection
{
    public async Task<IReadOnlyList<(string Path, byte[] Content)>> FilesAsync(Community community, Texts texts, CancellationToken cancellationToken)
    {
        var reports = await store.ListAsync(community.Id, cancellationToken);
        var folder = StatusMarkdown.Folder(texts);
        var zone = community.Clock.Zone;
        List<(string, byte[])> files =
        [
            ($"{folder}/index.md", Encoding.UTF8.GetBytes(StatusMarkdown.Index(texts, reports))),
            (GovernanceMarkdown.FileName(texts), Encoding.UTF8.GetBytes(GovernanceMarkdown.Page(texts, await governance.GovernanceAsync(community.Id, cancellationToken)))),
        ];

        // Newest first in the site's navigation, as on the index.
        var order = reports.Count;
        files.AddRange(reports.Select(r => ($"{folder}/{StatusMarkdown.FileName(r)}", Encoding.UTF8.GetBytes(StatusMarkdown.Page(texts, r, zone, order--)))));
        return files;
    }
}
