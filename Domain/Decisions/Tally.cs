namespace CoordinatorBot.Domain.Decisions;

/// <summary>The votes counted, and who of the body has not voted.</summary>
public sealed record Tally(int Approve, int Reject, int Abstain, int Object, IReadOnlyList<string> NotVoted)
{
    public int Cast => Approve + Reject + Abstain + Object;

    /// <summary>
    /// Counts only the votes of the body's members; a vote from anyone else does not count. A vote of a member who had
    /// their data erased since (their pseudonym) still counts: erasing one's data is no governance event, and must not
    /// change a tally.
    /// </summary>
    public static Tally Count(IEnumerable<Vote> votes, IReadOnlyCollection<string> eligible)
    {
        // A set: a body of 64 and their 64 votes would otherwise compare every vote with every member.
        var members = eligible as IReadOnlySet<string> ?? new HashSet<string>(eligible, StringComparer.Ordinal);
        var counted = votes.Where(v => members.Contains(v.VoterId) || Communities.FormerMember.IsPseudonym(v.VoterId)).ToList();
        int Of(VoteChoice c) => counted.Count(v => v.Choice == c);
        var voted = counted.Select(v => v.VoterId).ToHashSet();
        return new Tally(Of(VoteChoice.Approve), Of(VoteChoice.Reject), Of(VoteChoice.Abstain), Of(VoteChoice.Object),
            [.. eligible.Where(e => !voted.Contains(e))]);
    }
}
