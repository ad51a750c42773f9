namespace CoordinatorBot.Tests.Trust;

/// <summary>
/// Members stretching their authority over decisions: a proposer closing against the votes, the coordination group
/// overturning the steering group, a coordinator voting in a body they do not sit in. Issue #8, item 4.
/// </summary>
[Trait("Category", "Integration")]
public sealed class DecisionAuthorityAttackTests() : ClockedBotFeatureTests(hostedScheduler: false)
{
    private DecisionStore Decisions => Service<DecisionStore>();
    private static readonly DecisionNumber First = new(2026, 1);
    private static readonly DecisionNumber Second = new(2026, 2);

    // Alice is coordinator only; Bob and Dora sit in the steering group, Carl and Erik in the coordination group.
    protected override async Task SetUpAsync()
    {
        await Harness.SetUpCommunityAsync();
        await Harness.AddMembersAsync(Role.SteeringGroup, ("aad-bob", "Bob"), ("aad-dora", "Dora"));
        await Harness.AddMembersAsync(Role.CoordinationGroup, ("aad-carl", "Carl"), ("aad-erik", "Erik"));
    }

    [Fact]
    public async Task Under_a_simple_majority_the_proposer_cannot_close_by_hand_and_the_decision_stays_open()
    {
        await ProposeAsync("Bob", "aad-bob", "Ny integration", "SteeringGroup", rule: "body");

        var answer = await CloseAsync("B-2026-001", "aad-bob", "Bob");

        var text = TrustActivities.Read(answer);
        Assert.StartsWith("Under reglen »Simpelt flertal", text, StringComparison.Ordinal);
        Assert.EndsWith("« afgør stemmerne. Kun koordinatoren kan afslutte beslutningen i hånden.", text, StringComparison.Ordinal);
        var decision = await Decisions.GetAsync(TeamId, First, default);
        Assert.Equal((DecisionStatus.Proposed, null), (decision!.Status, decision.ClosedAt));
        Assert.Equal([AuditAction.Proposed], (await Decisions.AuditAsync(TeamId, First, default)).Select(a => a.Action));
    }

    [Fact]
    public async Task When_the_proposer_records_the_outcome_the_proposer_may_close()
    {
        await ProposeAsync("Bob", "aad-bob", "Ny integration", "SteeringGroup", rule: "ProposerRecords");

        var answer = await CloseAsync("B-2026-001", "aad-bob", "Bob");

        Assert.Contains("B-2026-001 er accepteret.", TrustActivities.Read(answer), StringComparison.Ordinal);
        Assert.Equal(DecisionStatus.Accepted, (await Decisions.GetAsync(TeamId, First, default))!.Status);
    }

    [Fact]
    public async Task The_coordination_group_cannot_replace_a_steering_group_decision_and_nothing_is_stored()
    {
        await ProposeAsync("Bob", "aad-bob", "Styregruppens politik", "SteeringGroup", rule: "ProposerRecords");
        await CloseAsync("B-2026-001", "aad-bob", "Bob");

        var answer = await Harness.PressAsync(CardVerbs.ProposeDecision,
            Form("Koordinationsgruppens politik", "CoordinationGroup", "ProposerRecords", supersedes: "B-2026-001"), aad: "aad-carl", name: "Carl");

        Assert.Contains("En beslutning i koordinationsgruppen kan ikke erstatte B-2026-001, som styregruppen har truffet.",
            TrustActivities.Read(answer), StringComparison.Ordinal);
        Assert.Single(await Decisions.ListAsync(TeamId, default));
        var old = await Decisions.GetAsync(TeamId, First, default);
        Assert.Equal((DecisionStatus.Accepted, null), (old!.Status, old.SupersededBy));
    }

    [Fact]
    public async Task The_steering_group_may_replace_a_coordination_group_decision()
    {
        await ProposeAsync("Carl", "aad-carl", "Koordinationsgruppens praksis", "CoordinationGroup", rule: "ProposerRecords");
        await CloseAsync("B-2026-001", "aad-carl", "Carl");
        await ProposeAsync("Bob", "aad-bob", "Styregruppens praksis", "SteeringGroup", rule: "ProposerRecords", supersedes: "B-2026-001");

        var answer = await CloseAsync("B-2026-002", "aad-bob", "Bob");

        Assert.Contains("B-2026-002 er accepteret.", TrustActivities.Read(answer), StringComparison.Ordinal);
        var old = await Decisions.GetAsync(TeamId, First, default);
        Assert.Equal((DecisionStatus.Superseded, Second), (old!.Status, old.SupersededBy));
    }

    [Fact]
    public async Task The_coordinator_outside_the_deciding_body_cannot_vote_and_no_vote_is_written()
    {
        await ProposeAsync("Alice", "aad-alice", "Ny integration", "SteeringGroup", rule: "body");

        var answer = await Harness.PressAsync(CardVerbs.Vote,
            new JsonObject { ["decision"] = "B-2026-001", ["choice"] = "Approve", ["lang"] = "da" });

        Assert.Contains("Kun medlemmer af styregruppe kan stemme om B-2026-001.", TrustActivities.Read(answer), StringComparison.Ordinal);
        Assert.Empty(await Decisions.VotesAsync(TeamId, First, default));
    }

    private async Task ProposeAsync(string name, string aad, string title, string body, string rule, string? supersedes = null)
    {
        Time.Advance(TimeSpan.FromSeconds(1));
        var answer = await Harness.PressAsync(CardVerbs.ProposeDecision, Form(title, body, rule, supersedes), aad: aad, name: name);
        Assert.Contains("er sendt til afstemning", TrustActivities.Read(answer), StringComparison.Ordinal);
    }

    private Task<JsonNode> CloseAsync(string number, string aad, string name)
    {
        Time.Advance(TimeSpan.FromSeconds(1));
        return Harness.PressAsync(CardVerbs.CloseDecision,
            new JsonObject { ["decision"] = number, ["outcome"] = "Accepted", ["outcomeText"] = "Vedtaget på mødet", ["lang"] = "da" },
            aad: aad, name: name);
    }

    private static JsonObject Form(string title, string body, string rule, string? supersedes = null) => new()
    {
        ["lang"] = "da", ["title"] = title, ["type"] = "Operational", ["body"] = body,
        ["context"] = "Sådan gør vi i dag.", ["proposal"] = "Sådan gør vi fremover.", ["consequences"] = "", ["implementation"] = "",
        ["risks"] = "", ["deadlineDate"] = "2026-12-04", ["deadlineTime"] = "12:00", ["rule"] = rule, ["participation"] = "0",
        ["supersedes"] = supersedes,
    };
}
