using System.IO.Compression;
using CoordinatorBot.Cards.Decisions;
using CoordinatorBot.Domain.Search;
using CoordinatorBot.Storage.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>
/// The decision log as a zip: one Markdown page per decision (OS2's layout, just-the-docs front matter), an index page
/// and a CSV file of all decisions: what a public decision log holds, ready to publish on the product's site; beside
/// them the pages other features add (a meeting's approved minutes).
/// </summary>
public sealed class DecisionArchive(CommunityStore communities, DecisionStore decisions, IEnumerable<Communities.IExportSection> sections,
    Communities.RecordLinks links, DecisionReleases releases)
{
    /// <summary>The link "eksportér" gives: one community's export, in one language.</summary>
    public static readonly Communities.SignedDownload Download = new("/export/decisions", "export", "community");

    public async Task<(byte[] Zip, string FileName)?> BuildAsync(string communityId, Language language, CancellationToken cancellationToken)
    {
        if (await communities.GetAsync(communityId, cancellationToken) is not { } community)
        {
            return null;
        }

        var texts = new Texts(language);
        var zone = community.Clock.Zone;
        var all = await decisions.ListAsync(communityId, cancellationToken);
        var carriedOut = await releases.AllAsync(communityId, cancellationToken);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var order = all.Count;
            var files = DecisionMarkdown.FileNames(all, zone);
            foreach (var decision in all)
            {
                // A comment is its author's alone (the cards show it to nobody else); the public log never carries it.
                var votes = (await decisions.VotesAsync(communityId, decision.Number, cancellationToken)).Select(v => v with { Comment = null }).ToList();
                await WriteAsync(zip, files[decision.Number],
                    Encoding.UTF8.GetBytes(DecisionMarkdown.Page(texts, decision, votes, zone, order--,
                        links.For(new RecordKey(communityId, RecordKind.Decision, decision.Number.ToString())), carriedOut(decision.Number))));
            }

            await WriteAsync(zip, "index.md", Encoding.UTF8.GetBytes(DecisionMarkdown.Index(texts, all, zone)));

            // The site's settings, so that the folder builds as a just-the-docs site on GitHub Pages as it is.
            await WriteAsync(zip, "_config.yml", Encoding.UTF8.GetBytes(SiteConfig.Write(community.ProductName ?? community.Name, texts)));
            await WriteAsync(zip, $"{PageNames.Slug(texts.DecisionsTitle)}.csv", DecisionCsv.Write(texts, all, zone));

            // Other features' pages next to the decisions: a meeting's approved minutes, the backlog and wishes.
            foreach (var section in sections)
            {
                foreach (var (path, content) in await section.FilesAsync(community, texts, cancellationToken))
                {
                    await WriteAsync(zip, path, content);
                }
            }
        }

        var name = $"{PageNames.Slug(texts.ExportHomeTitle)}-{PageNames.Slug(community.ProductName ?? community.Name)}.zip";
        return (buffer.ToArray(), name);
    }

    private static async Task WriteAsync(ZipArchive zip, string name, byte[] content)
    {
        var stream = await zip.CreateEntry(name, CompressionLevel.Optimal).OpenAsync();
        await using (stream)
        {
            await stream.WriteAsync(content);
        }
    }
}
