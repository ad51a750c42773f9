using CoordinatorBot.Cards.Backlog;
using CoordinatorBot.Domain.Backlog;
using CoordinatorBot.Storage.Backlog;

namespace CoordinatorBot.Bot.Features.Backlog;

/// <summary>The backlog and the open wishes in the export, in a folder of their own next to the decisions (when there are any).</summary>
public sealed class BacklogExport(BacklogStore store) : IExportSection
{
    public async Task<IReadOnlyList<(string Path, byte[] Content)>> FilesAsync(Community community, Texts texts, CancellationToken cancellationToken)
    {
        var snapshot = await store.LoadAsync(community.Id, cancellationToken);
        if (snapshot.Items.Count == 0 && !snapshot.Wishes.Any(w => w.IsOpen))
        {
            // Nothing to publish: the zip stays the decision log it was.
            return [];
        }

        var zone = community.Clock.Zone;
        var wishes = snapshot.Ranked
            .Select(r => new WishRow(r.Wish, r.Municipalities, r.Count >= community.SupportThreshold)).ToList();
        var folder = PageNames.Slug(texts.BoardTitle);
        List<(string, byte[])> files =
        [
            ($"{folder}/index.md", Encoding.UTF8.GetBytes(BacklogMarkdown.Index(texts, snapshot.Items))),
            ($"{folder}/{PageNames.Slug(texts.WishListTitle)}.md", Encoding.UTF8.GetBytes(BacklogMarkdown.Wishes(texts, wishes))),
            ($"{folder}/{folder}.csv", BacklogCsv.Items(texts, snapshot.Items)),
            ($"{folder}/{PageNames.Slug(texts.WishListTitle)}.csv", BacklogCsv.Wishes(texts, wishes, zone)),
        ];
        files.AddRange(snapshot.Items.Select(i => ($"{folder}/{BacklogMarkdown.FileName(i)}", Encoding.UTF8.GetBytes(BacklogMarkdown.Page(texts, i, zone)))));
        return files;
    }
}
