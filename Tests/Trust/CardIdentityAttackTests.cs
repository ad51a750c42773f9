namespace CoordinatorBot.Tests.Trust;

/// <summary>
/// A card's data is the client's to write: a person who puts someone else's identity into it acts as themselves,
/// never as the person named. Only the activity's <c>from.aadObjectId</c> says who acts.
/// </summary>
[Trait("Category", "Integration")]
public sealed class CardIdentityAttackTests() : ClockedBotFeatureTests(hostedScheduler: false)
{
    private DecisionStore Decisions => Service<DecisionStore>();
    private static readonly DecisionNumber First = new(2026, 1);

    protected override async Task SetUpAsync()
    {
        await Harness.SetUpCommunityAsync("Unanimous");
        await Harness.AddMembersAsync(Role.SteeringGroup, ("aad-bob", "Bob"), ("aad-carl", "Carl"), ("aad-dora", "Dora"));

        var proposed = await Harness.PressAsync(CardVerbs.ProposeDecision, new JsonObject
        {
            ["lang"] = "da", ["title"] = "Ny integration", ["type"] = "Operational", ["body"] = "SteeringGroup",
            ["context"] = "Kommunerne beder om den.", ["proposal"] = "Vi bygger den.", ["deadlineDate"] = "2026-12-04",
            ["deadlineTime"] = "12:00", ["rule"] = "body", ["participation"] = "0",
        });
        Assert.Contains("er sendt til afstemning", BotHarness.Text(proposed["value"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_vote_whose_card_data_names_another_voter_is_recorded_for_the_person_who_pressed_only()
    {
        var answer = await Harness.PressAsync(CardVerbs.Vote, new JsonObject
        {
            ["decision"] = "B-2026-001", ["choice"] = "Reject", ["lang"] = "da",
            ["voter"] = "aad-carl", ["aadObjectId"] = "aad-carl", ["voterName"] = "Carl",
            ["from"] = new JsonObject { ["id"] = "29:aad-carl", ["name"] = "Carl", ["aadObjectId"] = "aad-carl" },
        }, aad: "aad-bob", name: "Bob");

        Assert.Contains("Din stemme er registreret: Afvis.", TrustActivities.Read(answer), StringComparison.Ordinal);
        var vote = Assert.Single(await Decisions.VotesAsync(TeamId, First, default));
        Assert.Equal(("aad-bob", "Bob", VoteChoice.Reject), (vote.VoterId, vote.VoterName, vote.Choice));
        var voted = Assert.Single(await Decisions.AuditAsync(TeamId, First, default), a => a.Action == AuditAction.Voted);
        Assert.Equal("Bob", voted.ActorName);
    }

    [Fact]
    public async Task Card_data_naming_the_coordinator_does_not_let_a_member_close_the_decision()
    {
        var answer = await Harness.PressAsync(CardVerbs.CloseDecision, new JsonObject
        {
            ["decision"] = "B-2026-001", ["outcome"] = "Accepted", ["outcomeText"] = "Jeg er koordinatoren", ["lang"] = "da",
            ["aadObjectId"] = "aad-alice", ["from"] = new JsonObject { ["id"] = "29:aad-alice", ["aadObjectId"] = "aad-alice" },
        }, aad: "aad-dora", name: "Dora");

        Assert.Equal("Kun koordinatoren eller forslagsstilleren kan afslutte beslutningen.", TrustActivities.Read(answer));
        Assert.True((await Decisions.GetAsync(TeamId, First, default))!.IsOpen);
    }
}
