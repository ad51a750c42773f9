namespace CoordinatorBot.Tests.Operations;

/// <summary>
/// One load per turn: the table operations each turn makes, counted in the table client's pipeline (a count the code
/// decides, not a timing). The shared card's background update is switched off, so only the turn itself is counted.
/// </summary>
[Trait("Category", "Integration")]
public sealed class TurnBudgetTests() : ClockedBotFeatureTests(
    DateTimeOffset.Parse("2026-11-30T09:00:00Z", CultureInfo.InvariantCulture), hostedScheduler: false, services: SharedCardUpdates.SwitchOff)
{
    private TableOperationCounter Counter => Service<TableOperationCounter>();

    protected override async Task SetUpAsync()
    {
        await Harness.SetUpCommunityAsync();
        await Harness.AddMembersAsync(Role.SteeringGroup, [.. Enumerable.Range(0, 16).Select(i => ($"aad-member-{i:00}", $"Person {i:00}"))]);

        await Harness.PressAsync(CardVerbs.ProposeDecision, Proposal("Fælles testmiljø"));
        var template = await Service<OnboardingStore>().TemplateAsync(ActivityBuilder.TeamId, default);
        await Service<OnboardingStore>().AddAsync(ActivityBuilder.TeamId, OnboardingChecklist.Create("aarhus",
            template, new OnboardingDetails("Aarhus", MembershipModel.Os2Member, new Contact("Mette", "mette@aarhus.dk", null),
                new Contact("Bo", "bo@aarhus.dk", null), "Magenta ApS", new DateOnly(2027, 3, 1)), new DateOnly(2026, 11, 30), "Alice", Time.GetUtcNow()), default);

        // Warm, as a running bot is: the first turn after a change reads the roles again.
        await Harness.SayAsync("hjælp");
    }

    [Fact]
    public async Task A_vote_reads_the_decision_and_the_votes_once_and_writes_once_with_no_claim_beside() =>
        Assert.Equal(2, await CountAsync(Vote("aad-member-03", "Approve")));

    [Fact]
    public async Task A_changed_vote_is_one_read_and_one_write_too() =>
        Assert.Equal((2L, 2L), (await CountAsync(Vote("aad-member-04", "Approve")), await CountAsync(Vote("aad-member-04", "Reject"))));

    [Fact]
    public async Task The_same_vote_pressed_again_reads_two_rows_and_writes_nothing()
    {
        await CountAsync(Vote("aad-member-06", "Approve"));

        Assert.Equal(2, await CountAsync(Vote("aad-member-06", "Approve")));
    }

    [Fact]
    public async Task A_redelivered_vote_is_recognised_by_its_read_alone()
    {
        var vote = Vote("aad-member-05", "Approve");
        await CountAsync((JsonObject)vote.DeepClone());

        Assert.Equal(1, await CountAsync(vote));
    }

    [Fact]
    public async Task Fourteen_members_voting_at_once_on_a_decision_not_read_lately_make_one_query()
    {
        Time.Advance(DecisionCache.Lifetime);
        // The community and its members are read again first, as the first turn after a while does.
        await Harness.SayAsync("hjælp");
        var before = Counter.Queries;

        // Seven for and seven against of sixteen: with two still to vote no vote decides the rule, so none needs a
        // reading of its own.
        var answers = await Task.WhenAll(Enumerable.Range(0, 14).Select(i => Harness.PostAsync(Vote($"aad-member-{i:00}", i % 2 == 0 ? "Approve" : "Reject"))));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        // One reading for all (a second only if one press missed the cache just as the shared reading finished).
        Assert.InRange(Counter.Queries - before, 1, 2);
    }

    [Fact]
    public async Task Help_in_the_channel_is_answered_from_what_the_instance_knows_with_no_table_operation() =>
        // No claim either: help changes nothing, and the instance remembers what it answered (AnsweredActivities).
        Assert.Equal(0, await CountAsync(ActivityBuilder.ChannelMessage(Harness.ServiceUrl, "hjælp")));

    [Fact]
    public async Task A_proposal_stays_within_seven_operations() =>
        Assert.InRange(await CountAsync(ActivityBuilder.Execute(Harness.ServiceUrl, CardVerbs.ProposeDecision, Proposal("Nyt forslag"))), 1, 7);

    [Fact]
    public async Task A_tick_stays_within_five_operations() =>
        Assert.InRange(await CountAsync(ActivityBuilder.Execute(Harness.ServiceUrl, CardVerbs.TickStep,
            new JsonObject { ["onboarding"] = "aarhus", ["step"] = "price", ["lang"] = "da" })), 1, 5);

    /// <summary>The table operations of one turn: the counter before and after the bot answered.</summary>
    private async Task<long> CountAsync(JsonObject activity)
    {
        var before = Counter.Count;
        var response = await Harness.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Counter.Count - before;
    }

    private JsonObject Vote(string voter, string choice) => ActivityBuilder.Execute(Harness.ServiceUrl, CardVerbs.Vote,
        new JsonObject { ["decision"] = "B-2026-001", ["choice"] = choice, ["lang"] = "da" }, voter, "Person " + voter[^2..]);

    private static JsonObject Proposal(string title) => new()
    {
        ["lang"] = "da", ["title"] = title, ["type"] = "Operational", ["body"] = "SteeringGroup",
        ["context"] = "Kommunerne tester hver for sig.", ["proposal"] = "Leverandøren driver ét fælles testmiljø.",
        ["deadlineDate"] = "2026-12-07", ["deadlineTime"] = "12:00", ["rule"] = "SimpleMajority", ["participation"] = "0",
    };
}
