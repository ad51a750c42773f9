namespace CoordinatorBot.Tests.Decisions;

/// <summary>Every decision rule and its edges: ties, abstentions, objections, participation, nobody voting.</summary>
[Trait("Category", "Unit")]
public sealed class DecisionRulesTests
{
    private static readonly DateTimeOffset T0 = DateTimeOffset.Parse("2026-11-27T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
    private static readonly string[] Body = ["a", "b", "c", "d"];

    private static Vote V(string voter, VoteChoice choice, int minute = 0) => new(voter, voter, choice, null, T0.AddMinutes(minute));

    private static RuleResult Evaluate(RuleKind kind, bool final, params Vote[] votes) =>
        DecisionRules.Evaluate(new DecisionRule(kind), votes, Body, final);

    [Fact]
    public void Majority_is_decided_early_once_the_outstanding_votes_cannot_change_it()
    {
        Assert.Equal(RuleOutcome.Open, Evaluate(RuleKind.SimpleMajority, false, V("a", VoteChoice.Approve), V("b", VoteChoice.Approve)).Outcome);
        Assert.Equal(RuleOutcome.Accepted,
            Evaluate(RuleKind.SimpleMajority, false, V("a", VoteChoice.Approve), V("b", VoteChoice.Approve), V("c", VoteChoice.Approve)).Outcome);
        Assert.Equal(RuleOutcome.Rejected,
            Evaluate(RuleKind.SimpleMajority, false, V("a", VoteChoice.Reject), V("b", VoteChoice.Object)).Outcome);
    }

    [Fact]
    public void A_tie_at_the_deadline_is_no_majority()
    {
        var result = Evaluate(RuleKind.SimpleMajority, true, V("a", VoteChoice.Approve), V("b", VoteChoice.Reject));

        Assert.Equal(new RuleResult(RuleOutcome.Rejected, RuleReason.NoMajority), result);
    }

    [Fact]
    public void Abstentions_do_not_count_towards_a_majority_of_the_votes_cast()
    {
        var result = Evaluate(RuleKind.SimpleMajority, true, V("a", VoteChoice.Approve), V("b", VoteChoice.Abstain), V("c", VoteChoice.Abstain));

        Assert.Equal(new RuleResult(RuleOutcome.Accepted, RuleReason.Majority), result);
    }

    [Fact]
    public void An_objection_counts_against_under_majority()
    {
        Assert.Equal(RuleOutcome.Rejected,
            Evaluate(RuleKind.SimpleMajority, true, V("a", VoteChoice.Approve), V("b", VoteChoice.Object)).Outcome);
    }

    [Fact]
    public void Unanimous_needs_everyone_and_abstaining_does_not_block()
    {
        Assert.Equal(RuleOutcome.Open, Evaluate(RuleKind.Unanimous, false, V("a", VoteChoice.Approve), V("b", VoteChoice.Approve)).Outcome);
        Assert.Equal(new RuleResult(RuleOutcome.Accepted, RuleReason.AllApproved), Evaluate(RuleKind.Unanimous, false,
            V("a", VoteChoice.Approve), V("b", VoteChoice.Approve), V("c", VoteChoice.Abstain), V("d", VoteChoice.Approve)));
        Assert.Equal(new RuleResult(RuleOutcome.Rejected, RuleReason.NotEveryoneApproved),
            Evaluate(RuleKind.Unanimous, true, V("a", VoteChoice.Approve)));
    }

    [Fact]
    public void An_objection_blocks_a_unanimous_decision_at_once()
    {
        Assert.Equal(new RuleResult(RuleOutcome.Rejected, RuleReason.Blocked),
            Evaluate(RuleKind.Unanimous, false, V("a", VoteChoice.Approve), V("b", VoteChoice.Object)));
    }

    [Fact]
    public void Everyone_abstaining_is_not_unanimous_approval()
    {
        Assert.Equal(RuleOutcome.Rejected, Evaluate(RuleKind.Unanimous, false,
            V("a", VoteChoice.Abstain), V("b", VoteChoice.Abstain), V("c", VoteChoice.Abstain), V("d", VoteChoice.Abstain)).Outcome);
    }

    [Theory]
    [InlineData(VoteChoice.Approve, RuleOutcome.Accepted)]
    [InlineData(VoteChoice.Reject, RuleOutcome.Rejected)]
    [InlineData(VoteChoice.Object, RuleOutcome.Rejected)]
    public void The_first_response_decides_and_an_earlier_abstention_does_not(VoteChoice first, RuleOutcome expected)
    {
        var result = Evaluate(RuleKind.FirstResponse, false, V("a", VoteChoice.Abstain, 0), V("b", first, 1),
            V("c", first == VoteChoice.Approve ? VoteChoice.Reject : VoteChoice.Approve, 2));

        Assert.Equal(new RuleResult(expected, RuleReason.FirstResponse), result);
    }

    [Fact]
    public void The_proposer_records_the_outcome_so_the_rule_never_closes_it()
    {
        Assert.Equal(RuleResult.Open, Evaluate(RuleKind.ProposerRecords, true,
            V("a", VoteChoice.Approve), V("b", VoteChoice.Approve), V("c", VoteChoice.Approve), V("d", VoteChoice.Approve)));
    }

    [Theory]
    [InlineData(RuleKind.SimpleMajority)]
    [InlineData(RuleKind.Unanimous)]
    [InlineData(RuleKind.FirstResponse)]
    public void Nobody_voting_by_the_deadline_rejects_and_says_so(RuleKind kind)
    {
        Assert.Equal(new RuleResult(RuleOutcome.Rejected, RuleReason.NoVotes), Evaluate(kind, true));
        Assert.Equal(RuleResult.Open, Evaluate(kind, false));
    }

    [Fact]
    public void Minimum_participation_holds_an_acceptance_back_and_rejects_at_the_deadline_when_not_met()
    {
        var rule = new DecisionRule(RuleKind.FirstResponse, MinimumParticipationPercent: 75);

        Assert.Equal(RuleResult.Open, DecisionRules.Evaluate(rule, [V("a", VoteChoice.Approve)], Body, final: false));
        Assert.Equal(new RuleResult(RuleOutcome.Rejected, RuleReason.TooFewVotes),
            DecisionRules.Evaluate(rule, [V("a", VoteChoice.Approve), V("b", VoteChoice.Abstain)], Body, final: true));
        Assert.Equal(RuleOutcome.Accepted, DecisionRules.Evaluate(rule,
            [V("a", VoteChoice.Approve), V("b", VoteChoice.Abstain), V("c", VoteChoice.Abstain)], Body, final: false).Outcome);
    }

    [Fact]
    public void A_rejection_stands_without_minimum_participation()
    {
        var rule = new DecisionRule(RuleKind.FirstResponse, MinimumParticipationPercent: 100);

        Assert.Equal(RuleOutcome.Rejected, DecisionRules.Evaluate(rule, [V("a", VoteChoice.Reject)], Body, final: false).Outcome);
    }

    [Fact]
    public void Votes_from_outside_the_body_do_not_count()
    {
        var tally = Tally.Count([V("a", VoteChoice.Approve), V("mallory", VoteChoice.Reject)], Body);

        Assert.Equal((1, 0), (tally.Approve, tally.Reject));
        Assert.Equal(["b", "c", "d"], tally.NotVoted);
    }

    [Fact]
    public void A_body_without_members_cannot_decide_before_the_deadline()
    {
        Assert.Equal(RuleResult.Open, DecisionRules.Evaluate(DecisionRule.Default, [], [], final: false));
        Assert.Equal(RuleOutcome.Rejected, DecisionRules.Evaluate(DecisionRule.Default, [], [], final: true).Outcome);
    }
}
