using CoordinatorBot.Domain.Backlog;

namespace CoordinatorBot.Domain.Search;

/// <summary>A backlog item, found by the number it kept from its wish ("#12", "12"), title, need and criteria.</summary>
public sealed record ItemRecord(string CommunityId, BacklogItem Item) : BacklogRecord(CommunityId, RecordKind.Item, Item.Number)
{
    public override string Title => Item.Title;

    public override IEnumerable<string> Words => [Item.Need, Item.Supplier, .. Item.Criteria.Select(c => c.Text)];

    public override DateTimeOffset At => Item.History.Count > 0 ? Item.History.Max(c => c.At) : Item.PrioritisedAt ?? DateTimeOffset.MinValue;
}
