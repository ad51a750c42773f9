using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Cards.Decisions;

/// <summary>
/// Everything a decision card shows: the record, its votes, the body's members, the proposer (when still a member)
/// and the community's clock.
/// </summary>
public sealed record DecisionView(Decision Decision, IReadOnlyList<Vote> Votes, IReadOnlyList<Member> BodyMembers, TimeZoneInfo Zone,
    Member? Proposer = null)
{
    /// <summary>Those whose card refreshes to their own view: the body's members, and the proposer, who reads the comments.</summary>
    public IEnumerable<Member> Readers => Proposer is null || BodyMembers.Any(m => m.AadObjectId == Proposer.AadObjectId)
        ? BodyMembers
        : [.. BodyMembers, Proposer];

    /// <summary>The releases that carried the decision out (the record shows them; the shared card in the channel does not read them).</summary>
    public IReadOnlyList<string> Releases { get; init; } = [];

    public Tally Tally => Tally.Count(Votes, [.. BodyMembers.Select(m => m.AadObjectId)]);
}
