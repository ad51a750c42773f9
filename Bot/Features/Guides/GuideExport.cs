using CoordinatorBot.Cards.Guides;
using CoordinatorBot.Domain.Guides;

namespace CoordinatorBot.Bot.Features.Guides;

/// <summary>The approved guides and cases in the export site: their own section, an index and a page each.</summary>
public sealed class GuideExport(GuideService guides, IMeetingReadings meetings) : IExportSection
{
    public async Task<IReadOnlyList<(string Path, byte[] Content)>> FilesAsync(Community community, Texts texts, CancellationToken cancellationToken)
    {
        var (all, consenting) = await guides.LoadAsync(community.Id, cancellationToken);
        var approved = all.Where(g => g.Status == GuideStatus.Approved).OrderBy(g => g.Number).ToList();
        if (approved.Count == 0)
        {
            return [];
        }

        var meetingNames = approved.Any(g => g.MeetingId is not null)
            ? (await meetings.ListAsync(community.Id, cancellationToken)).ToDictionary(m => m.Id, m => GuideReplies.MeetingName(texts, community, m))
            : [];
        var folder = GuideMarkdown.Folder(texts);
        var files = new List<(string, byte[])> { ($"{folder}/index.md", Encoding.UTF8.GetBytes(GuideMarkdown.Index(texts, approved))) };
        foreach (var guide in approved)
        {
            var meeting = guide.MeetingId is { } id && meetingNames.TryGetValue(id, out var name) ? name : null;
            files.Add(($"{folder}/{GuideMarkdown.FileName(guide)}",
                Encoding.UTF8.GetBytes(GuideMarkdown.Page(texts, guide, GuideAuthority.NamesContact(guide, consenting), meeting))));
        }

        return files;
    }
}
