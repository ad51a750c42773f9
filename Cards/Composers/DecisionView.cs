using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Cards.Composers;

/// <summary>Everything a decision card shows: the record, its votes, the body's members and the community's clock.</summary>
public sealed record DecisionView(Decision Decision, IReadOnlyList<Vote> Votes, IReadOnlyList<Member> BodyMembers, TimeZoneInfo Zone)
{
    public Tally Tally => Tally.Count(Votes, [.. BodyMembers.Select(m => m.AadObjectId)]);
}

/// <summary>Who looks at a decision card: their own vote, and whether they may vote or close.</summary>
public sealed record DecisionViewer(Vote? OwnVote, bool CanVote, bool CanClose)
{
    public static DecisionViewer Onlooker { get; } = new(null, false, false);
}
