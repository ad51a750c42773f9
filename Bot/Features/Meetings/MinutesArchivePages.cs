using CoordinatorBot.Cards.Meetings;
using CoordinatorBot.Domain.Meetings;
using CoordinatorBot.Storage.Meetings;

namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>Approved (and published) minutes as pages of the decision export: "2026-12-08-styregruppemoede-referat.md".</summary>
public sealed class MinutesArchivePages(MeetingStore store) : IExportSection
{
    public async Task<IReadOnlyList<(string Path, byte[] Content)>> FilesAsync(Community community, Texts texts, CancellationToken cancellationToken)
    {
        var approved = (await store.ListAsync(community.Id, cancellationToken))
            .Where(m => m is { Status: MeetingStatus.MinutesApproved or MeetingStatus.Published, Minutes: not null }).ToList();
        var zone = community.Clock.Zone;
        var names = MinutesMarkdown.FileNames(texts, approved, zone);
        return [.. approved.Select(m => (names[m.Id], Encoding.UTF8.GetBytes(MinutesMarkdown.Page(texts, m, zone))))];
    }
}
