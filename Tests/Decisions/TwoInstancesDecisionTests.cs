namespace CoordinatorBot.Tests.Decisions;

/// <summary>
/// Two instances of the bot on the same tables, as behind a load balancer: each keeps its own reading of a decision
/// for votes and numbers proposals from its own memory, and neither may count, close, refuse or number by what only
/// the other has seen.
/// </summary>
[Trait("Category", "Integration")]
public sealed class TwoInstancesDecisionTests() : ClockedBotFeatureTests(hostedScheduler: false, services: SharedCardUpdates.SwitchOff)
{
    private BotHost _second = null!;

    private BotHost First => Harness.Bot;

    private DecisionStore Decisions => Service<DecisionStore>();
    private static DecisionNumber Number => new(2026, 1);

    protected override async Task SetUpAsync()
    {
        await Harness.SetUpCommunityAsync();
        await Harness.AddMembersAsync(Role.SteeringGroup, ("aad-bob", "Bob"), ("aad-carl", "Carl"), ("aad-dora", "Dora"));

        var prefix = Harness.Bot.Services.GetRequiredService<IConfiguration>()["Storage:TablePrefix"];
        _second = await BotHost.StartAsync(new Dictionary<string, string?> { ["Storage:TablePrefix"] = prefix },
            OnTheSameClockWithoutCardUpdates, hostedScheduler: false);
        await PressAsync(First, CardVerbs.ProposeDecision, "aad-alice", "Alice", Proposal("Fælles testmiljø"));
    }

    public override async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task A_vote_changed_on_the_other_instance_is_neither_undone_nor_counted_as_it_was()
    {
        await VoteAsync(First, "aad-bob", "Bob", VoteChoice.Approve);
        await VoteAsync(_second, "aad-bob", "Bob", VoteChoice.Reject);

        // The first instance last saw Bob approve: with Carl that would be a majority, but it is not.
        await VoteAsync(First, "aad-carl", "Carl", VoteChoice.Approve);
        Assert.Equal(DecisionStatus.Proposed, (await Decisions.GetAsync(ActivityBuilder.TeamId, Number, default))!.Status);

        // Bob approving again there is a change, not the vote it thinks he cast already.
        await VoteAsync(First, "aad-bob", "Bob", VoteChoice.Approve);
        var decision = await Decisions.GetAsync(ActivityBuilder.TeamId, Number, default);
        Assert.Equal((DecisionStatus.Accepted, RuleReason.Majority), (decision!.Status, decision.CloseReason));
        var votes = await Decisions.VotesAsync(ActivityBuilder.TeamId, Number, default);
        Assert.Equal([("aad-bob", VoteChoice.Approve), ("aad-carl", VoteChoice.Approve)],
            votes.OrderBy(v => v.VoterId, StringComparer.Ordinal).Select(v => (v.VoterId, v.Choice)));
    }

    [Fact]
    public async Task Pressing_again_what_this_instance_last_saw_is_a_change_when_the_vote_was_changed_on_the_other()
    {
        await VoteAsync(First, "aad-bob", "Bob", VoteChoice.Approve);
        await VoteAsync(_second, "aad-bob", "Bob", VoteChoice.Reject);

        await VoteAsync(First, "aad-bob", "Bob", VoteChoice.Approve);

        Assert.Equal(VoteChoice.Approve, Assert.Single(await Decisions.VotesAsync(ActivityBuilder.TeamId, Number, default)).Choice);
    }

    [Fact]
    public async Task A_decision_closed_on_the_other_instance_refuses_votes_here_at_once()
    {
        await VoteAsync(First, "aad-bob", "Bob", VoteChoice.Approve);
        await PressAsync(_second, CardVerbs.CloseDecision, "aad-alice", "Alice",
            new JsonObject { ["decision"] = Number.ToString(), ["outcome"] = "Rejected", ["outcomeText"] = "Trukket tilbage", ["lang"] = "da" });

        var late = await VoteAsync(First, "aad-carl", "Carl", VoteChoice.Reject);

        Assert.Contains("B-2026-001 er afsluttet", BotHarness.Text(late["value"]), StringComparison.Ordinal);
        Assert.Equal(["aad-bob"], (await Decisions.VotesAsync(ActivityBuilder.TeamId, Number, default)).Select(v => v.VoterId));
    }

    [Fact]
    public async Task A_press_handled_by_the_other_instance_is_recognised_when_redelivered_here()
    {
        await VoteAsync(First, "aad-bob", "Bob", VoteChoice.Approve);
        var change = ActivityBuilder.Execute(Harness.ServiceUrl, CardVerbs.Vote,
            new JsonObject { ["decision"] = Number.ToString(), ["choice"] = "Reject", ["lang"] = "da" }, "aad-bob", "Bob");
        await PostAsync(_second, (JsonObject)change.DeepClone());
        await VoteAsync(_second, "aad-bob", "Bob", VoteChoice.Abstain);

        // The first delivery of the change, late, to the instance that last saw Bob approve.
        await PostAsync(First, change);

        Assert.Equal(VoteChoice.Abstain, Assert.Single(await Decisions.VotesAsync(ActivityBuilder.TeamId, Number, default)).Choice);
    }

    [Fact]
    public async Task A_proposal_whose_number_the_other_instance_took_meanwhile_goes_under_the_next_and_its_first_card_is_taken_down()
    {
        // The first instance numbered B-2026-001 and would number the next B-2026-002; the second stores that one first.
        await PressAsync(_second, CardVerbs.ProposeDecision, "aad-alice", "Alice", Proposal("Fælles login"));
        var answer = await PressAsync(First, CardVerbs.ProposeDecision, "aad-alice", "Alice", Proposal("Fælles support"));

        Assert.Equal("Fælles login", (await Decisions.GetAsync(ActivityBuilder.TeamId, new DecisionNumber(2026, 2), default))!.Draft.Title);
        var moved = await Decisions.GetAsync(ActivityBuilder.TeamId, new DecisionNumber(2026, 3), default);
        Assert.Equal("Fælles support", moved!.Draft.Title);
        Assert.Contains("B-2026-003 er sendt til afstemning", BotHarness.Text(answer["value"]), StringComparison.Ordinal);

        // Its card under the other's number was posted, then taken down; the one under its own stands.
        var posts = Harness.Connector.Sent("POST").Where(p => p.Body.Contains("Fælles support", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, posts.Count);
        Assert.Contains("B-2026-002", posts[0].Body, StringComparison.Ordinal);
        var takenDown = Assert.Single(Harness.Connector.Sent("DELETE"));
        Assert.EndsWith($"/activities/{Harness.Connector.AnsweredId(posts[0])}", takenDown.Path, StringComparison.Ordinal);
        Assert.Equal(Harness.Connector.AnsweredId(posts[1]), moved.CardActivityId);
    }

    /// <summary>
    /// The second instance on the first one's clock. The shared card's background update reads each decision in full
    /// after a vote; switched off in both, so that each instance votes from what it read itself, however fast or slow the run.
    /// </summary>
    private void OnTheSameClockWithoutCardUpdates(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(Time);
        SharedCardUpdates.SwitchOff(services);
    }

    private static JsonObject Proposal(string title) => new()
    {
        ["lang"] = "da", ["title"] = title, ["type"] = "Operational", ["body"] = "SteeringGroup",
        ["context"] = "Kommunerne tester hver for sig.", ["proposal"] = "Leverandøren driver ét fælles testmiljø.",
        ["deadlineDate"] = "2026-12-04", ["deadlineTime"] = "12:00", ["rule"] = "SimpleMajority", ["participation"] = "0",
    };

    private Task<JsonNode> VoteAsync(BotHost bot, string aad, string name, VoteChoice choice) =>
        PressAsync(bot, CardVerbs.Vote, aad, name, new JsonObject { ["decision"] = Number.ToString(), ["choice"] = choice.ToString(), ["lang"] = "da" });

    private Task<JsonNode> PressAsync(BotHost bot, string verb, string aad, string name, JsonObject data) =>
        PostAsync(bot, ActivityBuilder.Execute(Harness.ServiceUrl, verb, data, aad, name));

    private async Task<JsonNode> PostAsync(BotHost bot, JsonObject activity)
    {
        // A second passes between one action and the next, well within how long an instance keeps its reading.
        Time.Advance(TimeSpan.FromSeconds(1));
        using var response = await bot.Client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
