namespace CoordinatorBot.Domain.Decisions;

/// <summary>
/// The decision rules as pure functions. <c>final</c> is true at the deadline: then every rule must decide (except
/// <see cref="RuleKind.ProposerRecords"/>, which waits for a person). Before it, a rule decides only when no vote
/// still to come could change the result.
/// </summary>
public static class DecisionRules
{
    public static RuleResult Evaluate(DecisionRule rule, IReadOnlyCollection<Vote> votes, IReadOnlyCollection<string> members,
        bool final)
    {
        var tally = Tally.Count(votes, members);
        var eligible = members.Count;
        if (rule.Kind == RuleKind.ProposerRecords)
        {
            return RuleResult.Open;
        }

        if (eligible == 0 || (final && tally.Cast == 0))
        {
            return final ? new RuleResult(RuleOutcome.Rejected, RuleReason.NoVotes) : RuleResult.Open;
        }

        var result = rule.Kind switch
        {
            RuleKind.SimpleMajority => Majority(tally, eligible, final),
            RuleKind.Unanimous => Unanimous(tally, final),
            RuleKind.FirstResponse => First(votes.Where(v => members.Contains(v.VoterId)), final),
            _ => RuleResult.Open,
        };

        // An acceptance needs enough of the body to have taken part; a rejection stands without.
        if (result.Outcome == RuleOutcome.Accepted && !ParticipationMet(rule, tally, eligible))
        {
            return final ? new RuleResult(RuleOutcome.Rejected, RuleReason.TooFewVotes) : RuleResult.Open;
        }

        return result;
    }

    public static bool ParticipationMet(DecisionRule rule, Tally tally, int eligible) =>
        tally.Cast * 100 >= rule.MinimumParticipationPercent * eligible;

    private static RuleResult Majority(Tally tally, int eligible, bool final)
    {
        var against = tally.Reject + tally.Object;
        var outstanding = tally.NotVoted.Count;
        if (tally.Approve > against + outstanding)
        {
            return new RuleResult(RuleOutcome.Accepted, RuleReason.Majority);
        }

        if (tally.Approve + outstanding <= against)
        {
            return new RuleResult(RuleOutcome.Rejected, RuleReason.NoMajority);
        }

        if (!final)
        {
            return RuleResult.Open;
        }

        // At the deadline a tie is no majority.
        return tally.Approve > against
            ? new RuleResult(RuleOutcome.Accepted, RuleReason.Majority)
            : new RuleResult(RuleOutcome.Rejected, RuleReason.NoMajority);
    }

    private static RuleResult Unanimous(Tally tally, bool final)
    {
        if (tally.Object > 0)
        {
            return new RuleResult(RuleOutcome.Rejected, RuleReason.Blocked);
        }

        if (tally.Reject > 0)
        {
            return new RuleResult(RuleOutcome.Rejected, RuleReason.NotEveryoneApproved);
        }

        if (tally.NotVoted.Count == 0)
        {
            return tally.Approve > 0
                ? new RuleResult(RuleOutcome.Accepted, RuleReason.AllApproved)
                : new RuleResult(RuleOutcome.Rejected, RuleReason.NotEveryoneApproved);
        }

        return final ? new RuleResult(RuleOutcome.Rejected, RuleReason.NotEveryoneApproved) : RuleResult.Open;
    }

    private static RuleResult First(IEnumerable<Vote> votes, bool final)
    {
        var first = votes.Where(v => v.Choice != VoteChoice.Abstain)
            .OrderBy(v => v.CastAt).ThenBy(v => v.VoterId, StringComparer.Ordinal)
            .FirstOrDefault();
        return first switch
        {
            { Choice: VoteChoice.Approve } => new RuleResult(RuleOutcome.Accepted, RuleReason.FirstResponse),
            not null => new RuleResult(RuleOutcome.Rejected, RuleReason.FirstResponse),
            null when final => new RuleResult(RuleOutcome.Rejected, RuleReason.NoVotes),
            _ => RuleResult.Open,
        };
    }
}
