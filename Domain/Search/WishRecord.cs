using CoordinatorBot.Domain.Backlog;

namespace CoordinatorBot.Domain.Search;

/// <summary>A wish not (yet) taken into the backlog, found by its number ("#12", "12"), title and need.</summary>
public sealed record WishRecord(string CommunityId, Wish Wish) : BacklogRecord(CommunityId, RecordKind.Wish, Wish.Number)
{
    public override string Title => Wish.Title;

    public override IEnumerable<string> Words => [Wish.Need, Wish.Municipality];

    public override DateTimeOffset At => Wish.DecidedAt ?? Wish.RaisedAt;
}
