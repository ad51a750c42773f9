namespace CoordinatorBot.Tests.Decisions;

/// <summary>Who may propose, vote, close and supersede — tried by the rightful people and by those who should not.</summary>
[Trait("Category", "Unit")]
public sealed class DecisionAuthorityTests
{
    private static readonly Member Coordinator = Person("aad-k", Role.Coordinator);
    private static readonly Member Steering = Person("aad-sg", Role.SteeringGroup);
    private static readonly Member Coordination = Person("aad-cg", Role.CoordinationGroup);
    private static readonly Member Supplier = Person("aad-s", Role.Supplier) with { Supplier = "Magenta ApS" };
    private static readonly Member MunicipalityMember = Person("aad-m", Role.Municipality) with { Municipality = "Aarhus" };

    /// <summary>What is left of a person whose every role was taken away.</summary>
    private static readonly Member Stripped = Person("aad-sg");

    private static Member Person(string id, params Role[] roles) => new(id, id, roles.ToHashSet(), null);

    private static Decision Decision(DecidingBody body = DecidingBody.SteeringGroup, RuleKind rule = RuleKind.SimpleMajority,
        DecisionStatus status = DecisionStatus.Proposed, string proposerId = "aad-sg", int sequence = 14) =>
        DecisionRecordTests.Decision(status) with
        {
            Number = new DecisionNumber(2026, sequence),
            Draft = DecisionRecordTests.Draft() with { Body = body, Rule = new DecisionRule(rule) },
            ProposerId = proposerId,
        };

    [Theory]
    [InlineData(DecidingBody.SteeringGroup)]
    [InlineData(DecidingBody.CoordinationGroup)]
    public void The_coordinator_proposes_to_either_body(DecidingBody body) =>
        Assert.Equal(DecisionPermission.Allowed, DecisionAuthority.MayPropose(Coordinator, body));

    [Fact]
    public void A_bodys_member_proposes_to_their_own_body_only()
    {
        Assert.Equal(DecisionPermission.Allowed, DecisionAuthority.MayPropose(Steering, DecidingBody.SteeringGroup));
        Assert.Equal(DecisionPermission.NotInBody, DecisionAuthority.MayPropose(Steering, DecidingBody.CoordinationGroup));
        Assert.Equal(DecisionPermission.Allowed, DecisionAuthority.MayPropose(Coordination, DecidingBody.CoordinationGroup));
        Assert.Equal(DecisionPermission.NotInBody, DecisionAuthority.MayPropose(Coordination, DecidingBody.SteeringGroup));
    }

    [Theory]
    [InlineData(DecidingBody.SteeringGroup)]
    [InlineData(DecidingBody.CoordinationGroup)]
    public void Suppliers_municipalities_and_people_without_roles_propose_to_no_body(DecidingBody body)
    {
        Assert.Equal(DecisionPermission.NotInBody, DecisionAuthority.MayPropose(Supplier, body));
        Assert.Equal(DecisionPermission.NotInBody, DecisionAuthority.MayPropose(MunicipalityMember, body));
        Assert.Equal(DecisionPermission.NotAMember, DecisionAuthority.MayPropose(null, body));
        Assert.Equal(DecisionPermission.NotAMember, DecisionAuthority.MayPropose(Stripped, body));
    }

    [Fact]
    public void The_propose_command_is_offered_to_those_who_may_propose_somewhere()
    {
        Assert.True(DecisionAuthority.MayProposeAny(Coordination));
        Assert.False(DecisionAuthority.MayProposeAny(Supplier));
        Assert.False(DecisionAuthority.MayProposeAny(null));
        Assert.Equal(DecisionPermission.NotInBody, DecisionAuthority.MayPropose(Coordination, DecidingBody.SteeringGroup));
        Assert.Equal(DecisionPermission.Allowed, DecisionAuthority.MayPropose(Steering, DecidingBody.SteeringGroup));
    }

    [Fact]
    public void A_member_of_the_deciding_body_votes_while_the_decision_is_open()
    {
        Assert.Equal(DecisionPermission.Allowed, DecisionAuthority.MayVote(Steering, Decision()));
        Assert.Equal(DecisionPermission.Allowed, DecisionAuthority.MayVote(Coordination, Decision(DecidingBody.CoordinationGroup)));
    }

    [Theory]
    [InlineData(DecisionStatus.Accepted)]
    [InlineData(DecisionStatus.Rejected)]
    [InlineData(DecisionStatus.Superseded)]
    public void Nobody_votes_on_a_closed_decision(DecisionStatus status) =>
        Assert.Equal(DecisionPermission.Closed, DecisionAuthority.MayVote(Steering, Decision(status: status)));

    [Fact]
    public void Others_do_not_vote_not_even_the_coordinator_or_the_proposer()
    {
        var decision = Decision(proposerId: "aad-cg");

        Assert.Equal(DecisionPermission.NotInBody, DecisionAuthority.MayVote(Coordination, decision));
        Assert.Equal(DecisionPermission.NotInBody, DecisionAuthority.MayVote(Coordinator, decision));
        Assert.Equal(DecisionPermission.NotInBody, DecisionAuthority.MayVote(Supplier, decision));
        Assert.Equal(DecisionPermission.NotInBody, DecisionAuthority.MayVote(Steering, Decision(DecidingBody.CoordinationGroup)));
    }

    [Fact]
    public void A_removed_member_no_longer_votes()
    {
        Assert.Equal(DecisionPermission.NotAMember, DecisionAuthority.MayVote(null, Decision()));
        Assert.Equal(DecisionPermission.NotAMember, DecisionAuthority.MayVote(Stripped, Decision()));
    }

    [Theory]
    [InlineData(RuleKind.ProposerRecords)]
    [InlineData(RuleKind.SimpleMajority)]
    [InlineData(RuleKind.Unanimous)]
    [InlineData(RuleKind.FirstResponse)]
    public void The_coordinator_closes_an_open_decision_by_hand_under_any_rule(RuleKind rule)
    {
        Assert.Equal(DecisionPermission.Allowed, DecisionAuthority.MayClose(Coordinator, Decision(rule: rule)));
        Assert.Equal(DecisionPermission.Closed, DecisionAuthority.MayClose(Coordinator, Decision(rule: rule, status: DecisionStatus.Accepted)));
    }

    [Fact]
    public void The_proposer_closes_by_hand_when_the_proposer_records_the_outcome()
    {
        Assert.Equal(DecisionPermission.Allowed, DecisionAuthority.MayClose(Steering, Decision(rule: RuleKind.ProposerRecords)));
        Assert.Equal(DecisionPermission.Closed,
            DecisionAuthority.MayClose(Steering, Decision(rule: RuleKind.ProposerRecords, status: DecisionStatus.Rejected)));
    }

    [Theory]
    [InlineData(RuleKind.SimpleMajority)]
    [InlineData(RuleKind.Unanimous)]
    [InlineData(RuleKind.FirstResponse)]
    public void The_proposer_cannot_overrule_the_votes_under_a_voting_rule(RuleKind rule) =>
        Assert.Equal(DecisionPermission.RuleDecidesNotProposer, DecisionAuthority.MayClose(Steering, Decision(rule: rule)));

    [Fact]
    public void Nobody_else_closes_by_hand_and_a_removed_proposer_no_longer_does()
    {
        var decision = Decision(rule: RuleKind.ProposerRecords);
        var otherSteering = Person("aad-sg2", Role.SteeringGroup);

        Assert.Equal(DecisionPermission.NotCoordinatorOrProposer, DecisionAuthority.MayClose(otherSteering, decision));
        Assert.Equal(DecisionPermission.NotCoordinatorOrProposer, DecisionAuthority.MayClose(Supplier, decision));
        Assert.Equal(DecisionPermission.NotAMember, DecisionAuthority.MayClose(null, decision));
        Assert.Equal(DecisionPermission.NotAMember, DecisionAuthority.MayClose(Stripped, decision));
    }

    [Theory]
    [InlineData(DecidingBody.SteeringGroup, DecidingBody.SteeringGroup)]
    [InlineData(DecidingBody.CoordinationGroup, DecidingBody.CoordinationGroup)]
    [InlineData(DecidingBody.SteeringGroup, DecidingBody.CoordinationGroup)]
    public void A_decision_replaces_one_of_its_own_body_or_the_steering_group_one_of_the_coordination_group(
        DecidingBody newer, DecidingBody older) =>
        Assert.Equal(DecisionPermission.Allowed, DecisionAuthority.MaySupersede(newer, Decision(older, status: DecisionStatus.Accepted)));

    [Fact]
    public void A_coordination_group_decision_never_replaces_a_steering_group_decision() =>
        Assert.Equal(DecisionPermission.Upward,
            DecisionAuthority.MaySupersede(DecidingBody.CoordinationGroup, Decision(DecidingBody.SteeringGroup, status: DecisionStatus.Accepted)));

    [Theory]
    [InlineData(DecisionStatus.Proposed)]
    [InlineData(DecisionStatus.Rejected)]
    [InlineData(DecisionStatus.Superseded)]
    public void Only_an_accepted_decision_is_replaced(DecisionStatus status) =>
        Assert.Equal(DecisionPermission.NotAccepted, DecisionAuthority.MaySupersede(DecidingBody.SteeringGroup, Decision(status: status)));

    [Fact]
    public void A_decision_that_does_not_exist_is_not_replaced() =>
        Assert.Equal(DecisionPermission.UnknownDecision, DecisionAuthority.MaySupersede(DecidingBody.SteeringGroup, null));

    [Fact]
    public void An_accepted_coordination_group_decision_does_not_make_a_steering_group_decision_superseded()
    {
        var steering = Decision(DecidingBody.SteeringGroup, status: DecisionStatus.Accepted);
        var upward = Decision(DecidingBody.CoordinationGroup, status: DecisionStatus.Accepted, sequence: 20);
        var downward = Decision(DecidingBody.SteeringGroup, status: DecisionStatus.Accepted, sequence: 21);

        Assert.Null(DecisionLifecycle.Supersede(steering, upward));
        Assert.Null(DecisionLifecycle.Supersede(steering, downward with { Status = DecisionStatus.Rejected }));
        var replaced = DecisionLifecycle.Supersede(steering, downward)!;
        Assert.Equal((DecisionStatus.Superseded, new DecisionNumber(2026, 21)), (replaced.Status, replaced.SupersededBy));
    }
}
