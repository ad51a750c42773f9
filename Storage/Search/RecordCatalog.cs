using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Domain.Search;
using CoordinatorBot.Domain.Status;
using CoordinatorBot.Storage.Backlog;
using CoordinatorBot.Storage.Decisions;
using CoordinatorBot.Storage.Meetings;
using CoordinatorBot.Storage.Status;

namespace CoordinatorBot.Storage.Search;

/// <summary>
/// The one read model of the records people search, share and link to: a community's decisions, wishes and backlog
/// items, meetings with their minutes, and published status reports, read through their own stores. A search reads
/// one community with four queries of its partition (at the same time); a link reads its one record with a point read.
/// </summary>
public sealed class RecordCatalog(DecisionStore decisions, BacklogStore backlog, MeetingStore meetings, StatusStore reports)
{
    public async Task<IReadOnlyList<SearchRecord>> ListAsync(string communityId, CancellationToken cancellationToken)
    {
        var decided = decisions.ListAsync(communityId, cancellationToken);
        var board = backlog.LoadAsync(communityId, cancellationToken);
        var met = meetings.ListAsync(communityId, cancellationToken);
        var published = reports.ListAsync(communityId, cancellationToken);
        await Task.WhenAll(decided, board, met, published);

        var snapshot = await board;
        var items = snapshot.Items.Select(i => i.Number).ToHashSet();
        return
        [
            .. (await decided).Select(d => new DecisionRecord(communityId, d)),
            // A wish taken into the backlog lives on as its item, under the same number: found once, as the item.
            .. snapshot.Wishes.Where(w => !items.Contains(w.Number)).Select(w => new WishRecord(communityId, w)),
            .. snapshot.Items.Select(i => new ItemRecord(communityId, i)),
            .. (await met).Select(m => new MeetingRecord(communityId, m)),
            .. (await published).Where(r => r.IsPublished).Select(r => new StatusRecord(communityId, r)),
        ];
    }

    /// <summary>The record a key names; null when there is none (an id that was never given, or one of another kind).</summary>
    public async Task<SearchRecord?> FindAsync(RecordKey key, CancellationToken cancellationToken)
    {
        var community = key.CommunityId;
        switch (key.Kind)
        {
            case RecordKind.Decision when DecisionNumber.TryParse(key.Id) is { } number:
                return await decisions.GetAsync(community, number, cancellationToken) is { } decision ? new DecisionRecord(community, decision) : null;
            case RecordKind.Wish when BacklogNumberOf(key.Id) is { } number:
                return await backlog.GetWishAsync(community, number, cancellationToken) is { } wish ? new WishRecord(community, wish) : null;
            case RecordKind.Item when BacklogNumberOf(key.Id) is { } number:
                return await backlog.GetItemAsync(community, number, cancellationToken) is { } item ? new ItemRecord(community, item) : null;
            case RecordKind.Meeting:
                return await meetings.GetAsync(community, key.Id, cancellationToken) is { } meeting ? new MeetingRecord(community, meeting) : null;
            case RecordKind.StatusReport when StatusReportNumber.Parse(key.Id) is { } number:
                return await reports.GetAsync(community, number, cancellationToken) is { IsPublished: true } report ? new StatusRecord(community, report) : null;
            default:
                return null;
        }
    }

    private static int? BacklogNumberOf(string id) =>
        int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
}
