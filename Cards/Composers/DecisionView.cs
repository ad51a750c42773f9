using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Cards.Composers;

/// <summary>Everything a decision card shows: the record, its votes, the body's members and the community's clock.</summary>
public sealed record DecisionView(Decision Decision, IReadOnlyList<Vote> Votes, IReadOnlyList<Member> BodyMembers, TimeZoneInfo Zone)
{
    public Tally Tally => Tally.Count(Votes, [.. BodyMembers.Select(m => m.AadObjectId)]);
}
