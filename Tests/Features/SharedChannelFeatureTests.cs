using CoordinatorBot.Tests.Backlog;

namespace CoordinatorBot.Tests.Features;

/// <summary>
/// A community in a Teams Connect shared channel of Aarhus's team, whose members come from three municipalities'
/// tenants: Alice (Aarhus, the host), Bob (Odense, a direct member from his own tenant), Carla (Aalborg, in through the
/// Aalborg team the channel is shared with) and Erik (Aalborg, both direct and through that team). Mallory's tenant has
/// no part in the channel. The local connector answers the channel's members call as microsoft/Agents#179 shows it.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SharedChannelFeatureTests() : BotFeatureTests(
    settings: new Dictionary<string, string?> { ["Scheduling:RoundGathering"] = "00:00:00" }, hostedScheduler: false)
{
    private const string Aarhus = ActivityBuilder.TenantId;
    private const string Odense = "tenant-odense";
    private const string Aalborg = "tenant-aalborg";
    private const string AalborgTeam = "19:team-aalborg@thread.tacv2";
    private const string Channel = SharedChannelActivities.ChannelId;

    private static readonly ChannelMember Alice = new("aad-alice", "Alice", Aarhus);
    private static readonly ChannelMember Bob = new("aad-bob", "Bob", Odense);
    private static readonly ChannelMember Carla = new("aad-carla", "Carla", Aalborg, AalborgTeam);
    private static readonly ChannelMember ErikDirect = new("aad-erik", "Erik", Aalborg);

    private string ServiceUrl => Harness.ServiceUrl;
    private static DecisionNumber First => new(DateTimeOffset.UtcNow.Year, 1);

    protected override Task SetUpAsync()
    {
        // The host team's own roster (pagedmembers) has Dennis, who is not in the channel.
        Connector.Roster.AddRange([("aad-alice", "Alice"), ("aad-dennis", "Dennis")]);
        Connector.ChannelRosters[Channel] = [Alice, Bob, ErikDirect];
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Allowed_in_a_shared_channel_the_channel_is_a_community_of_its_own_welcomed_there()
    {
        var response = await Harness.PostAsync(SharedChannelActivities.BotAllowed(ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var welcome = Assert.Single(Connector.Sent("POST"));
        Assert.Equal($"/teams/v3/conversations/{Uri.EscapeDataString(Channel)}/activities", welcome.Path);
        Assert.Contains("Jeg er CoordinatorBot", BotHarness.Text(Assert.Single(welcome.Cards())), StringComparison.Ordinal);
        var communities = Service<CommunityStore>();
        var community = (await communities.GetAsync(Channel, default))!;
        Assert.Equal(ChannelKind.SharedChannel, community.ChannelKind);
        Assert.Equal(SharedChannelActivities.ChannelName, community.Name);
        Assert.Equal(Channel, community.Channel.ConversationId);
        Assert.Null(await communities.GetAsync(ActivityBuilder.TeamId, default));
    }

    [Fact]
    public async Task The_roster_is_the_channels_own_with_people_of_three_tenants_and_not_the_host_teams()
    {
        Connector.ChannelRosters[Channel] = [Alice, Bob, Carla, ErikDirect];
        await SetUpChannelAsync();

        // A plain message that does not say the channel's type still belongs to the channel's community.
        var roles = await SayAsync("roller", "aad-alice", "Alice", type: null);
        var bob = await PressAsync(CardVerbs.AssignRole, new JsonObject { ["person"] = "aad-bob", ["role"] = "SteeringGroup" }, "aad-alice", "Alice");
        var carla = await PressAsync(CardVerbs.AssignRole,
            new JsonObject { ["person"] = "aad-carla", ["role"] = "Municipality", ["municipality"] = "Aalborg" }, "aad-alice", "Alice");
        var dennis = await PressAsync(CardVerbs.AssignRole, new JsonObject { ["person"] = "aad-dennis", ["role"] = "SteeringGroup" }, "aad-alice", "Alice");

        var offered = BotHarness.Text(Assert.Single(roles.Cards()));
        Assert.Contains("Bob", offered, StringComparison.Ordinal);
        Assert.Contains("Carla", offered, StringComparison.Ordinal);
        Assert.DoesNotContain("Dennis", offered, StringComparison.Ordinal);
        Assert.Contains("Bob er nu medlem af styregruppen", BotHarness.Text(bob["value"]), StringComparison.Ordinal);
        Assert.Contains("Carla er nu", BotHarness.Text(carla["value"]), StringComparison.Ordinal);
        Assert.Contains("Den person er ikke medlem", BotHarness.Text(dennis["value"]), StringComparison.Ordinal);
        Assert.Contains(Connector.Sent("GET"), r => r.Path == $"/teams/v3/conversations/{Uri.EscapeDataString(Channel)}/members");
        Assert.DoesNotContain(Connector.Sent("GET"), r => r.Path.EndsWith("/pagedmembers", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Members_of_other_tenants_vote_and_support_for_their_municipality()
    {
        Connector.ChannelRosters[Channel] = [Alice, Bob, Carla, ErikDirect];
        await SetUpChannelAsync();
        await PressAsync(CardVerbs.AssignRole, new JsonObject { ["person"] = "aad-bob", ["role"] = "SteeringGroup" }, "aad-alice", "Alice");
        await PressAsync(CardVerbs.AssignRole,
            new JsonObject { ["person"] = "aad-carla", ["role"] = "Municipality", ["municipality"] = "Aalborg" }, "aad-alice", "Alice");
        await ProposeAsync();

        var vote = await PressAsync(CardVerbs.Vote, new JsonObject { ["decision"] = First.ToString(), ["choice"] = "Approve", ["lang"] = "da" },
            "aad-bob", "Bob");
        var alices = BacklogPeople.Wish("Mørk tilstand");
        alices[WishForm.MunicipalityInput] = "Aarhus";
        await PressAsync(CardVerbs.WishSave, alices, "aad-alice", "Alice");
        var wish = await PressAsync(CardVerbs.WishSave, BacklogPeople.Wish("Login med MitID"), "aad-carla", "Carla");
        var support = await PressAsync(CardVerbs.WishSupport, new JsonObject { ["wish"] = "1" }, "aad-carla", "Carla");

        Assert.DoesNotContain("Beklager", BotHarness.Text(vote["value"]), StringComparison.Ordinal);
        Assert.Equal(["aad-bob"], (await VotesAsync()).Where(v => v.Choice == VoteChoice.Approve).Select(v => v.VoterId));
        Assert.Contains("er gemt", BotHarness.Text(wish["value"]), StringComparison.Ordinal);
        Assert.Contains("Aalborg Kommune støtter nu ønske #1.", BotHarness.Text(support["value"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shared_with_and_unshared_from_a_team_the_community_stays_and_only_those_in_through_that_team_lose_their_roles()
    {
        await SetUpChannelAsync();
        await PressAsync(CardVerbs.AssignRole, new JsonObject { ["person"] = "aad-bob", ["role"] = "SteeringGroup" }, "aad-alice", "Alice");
        await PressAsync(CardVerbs.AssignRole, new JsonObject { ["person"] = "aad-erik", ["role"] = "SteeringGroup" }, "aad-alice", "Alice");
        await ProposeAsync();

        // Shared with the Aalborg team: Carla is in through it, Erik now both directly and through it.
        Connector.ChannelRosters[Channel] = [Alice, Bob, Carla, ErikDirect with { ThroughTeams = [AalborgTeam] }];
        await Harness.PostAsync(SharedChannelActivities.SharedOrUnshared(ServiceUrl, true, AalborgTeam, "Aalborg OS2", Aalborg));
        var carla = await PressAsync(CardVerbs.AssignRole, new JsonObject { ["person"] = "aad-carla", ["role"] = "SteeringGroup" }, "aad-alice", "Alice");
        Assert.Contains("Carla er nu medlem af styregruppen", BotHarness.Text(carla["value"]), StringComparison.Ordinal);

        // Unshared again. Teams sends no event per person, and its roster may still list Carla for a while.
        await Harness.PostAsync(SharedChannelActivities.SharedOrUnshared(ServiceUrl, false, AalborgTeam, "Aalborg OS2", Aalborg));
        var carlasVote = await PressAsync(CardVerbs.Vote, new JsonObject { ["decision"] = First.ToString(), ["choice"] = "Reject", ["lang"] = "da" },
            "aad-carla", "Carla");
        var eriksVote = await PressAsync(CardVerbs.Vote, new JsonObject { ["decision"] = First.ToString(), ["choice"] = "Approve", ["lang"] = "da" },
            "aad-erik", "Erik");

        Assert.Contains("Kun medlemmer af", BotHarness.Text(carlasVote["value"]), StringComparison.Ordinal);
        Assert.DoesNotContain("Beklager", BotHarness.Text(eriksVote["value"]), StringComparison.Ordinal);
        Assert.Equal(["aad-erik"], (await VotesAsync()).Select(v => v.VoterId));
        var members = await Service<MemberStore>().ListAsync(Channel, default);
        Assert.Equal(["aad-bob", "aad-erik"], members.Where(m => m.Holds(Role.SteeringGroup)).Select(m => m.AadObjectId).Order());
        // The community is the one it was: the same id, its setup, its decision.
        var community = (await Service<CommunityStore>().GetAsync(Channel, default))!;
        Assert.True(community.IsActive);
        Assert.Equal("OS2mo", community.ProductName);
        var record = BotHarness.Text(Assert.Single((await SayAsync($"beslutning {First}", "aad-alice", "Alice")).Cards()));
        Assert.Contains("Fælles testmiljø", record, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_outside_the_channel_or_removed_from_it_cannot_vote_and_one_still_in_it_another_way_keeps_their_seat()
    {
        await SetUpChannelAsync();
        Connector.ChannelRosters[Channel] = [Alice, Bob, ErikDirect with { ThroughTeams = [AalborgTeam] }, Carla];
        foreach (var person in new[] { "aad-bob", "aad-erik" })
        {
            await PressAsync(CardVerbs.AssignRole, new JsonObject { ["person"] = person, ["role"] = "SteeringGroup" }, "aad-alice", "Alice");
        }

        await ProposeAsync();

        // Bob is removed from the channel; Erik leaves the Aalborg team but is still a direct member.
        Connector.ChannelRosters[Channel] = [Alice, ErikDirect];
        await Harness.PostAsync(SharedChannelActivities.MemberRemoved(ServiceUrl, "aad-bob", Odense));
        await Harness.PostAsync(SharedChannelActivities.MemberRemoved(ServiceUrl, "aad-erik", Aalborg, AalborgTeam));
        var bobsVote = await PressAsync(CardVerbs.Vote, new JsonObject { ["decision"] = First.ToString(), ["choice"] = "Approve", ["lang"] = "da" },
            "aad-bob", "Bob");
        var mallorysVote = await PressAsync(CardVerbs.Vote, new JsonObject { ["decision"] = First.ToString(), ["choice"] = "Reject", ["lang"] = "da" },
            "aad-mallory", "Mallory");
        var mallorysRole = await PressAsync(CardVerbs.AssignRole, new JsonObject { ["person"] = "aad-mallory", ["role"] = "Coordinator" },
            "aad-mallory", "Mallory");
        var eriksVote = await PressAsync(CardVerbs.Vote, new JsonObject { ["decision"] = First.ToString(), ["choice"] = "Approve", ["lang"] = "da" },
            "aad-erik", "Erik");

        Assert.Contains("Kun medlemmer af", BotHarness.Text(bobsVote["value"]), StringComparison.Ordinal);
        Assert.Contains("Kun medlemmer af", BotHarness.Text(mallorysVote["value"]), StringComparison.Ordinal);
        Assert.DoesNotContain("er nu", BotHarness.Text(mallorysRole["value"]), StringComparison.Ordinal);
        Assert.DoesNotContain("Beklager", BotHarness.Text(eriksVote["value"]), StringComparison.Ordinal);
        Assert.Equal(["aad-erik"], (await VotesAsync()).Select(v => v.VoterId));
    }

    [Fact]
    public async Task A_member_whose_one_to_one_chat_cannot_be_opened_is_reached_in_the_shared_channel()
    {
        await SetUpChannelAsync();
        await PressAsync(CardVerbs.AssignRole, new JsonObject { ["person"] = "aad-bob", ["role"] = "SteeringGroup" }, "aad-alice", "Alice");
        // Bob's tenant is Odense's: Teams will not open a 1:1 chat with him from Aarhus's.
        Connector.RefusedChats["29:aad-bob"] = 403;
        var community = (await Service<CommunityDirectory>().GetAsync(Channel, default))!;
        var bob = (await Service<MemberStore>().ListAsync(Channel, default)).Single(m => m.AadObjectId == "aad-bob");
        var card = new AdaptiveCard { Lang = "da", Body = [new TextBlock("Husk at stemme om B-sagen")] };
        Assert.True(await Service<CommunitySender>()
            .EnqueueAsync($"reminder|{Channel}|{First}|aad-bob", community, bob, card, default));

        var before = Connector.Requests.Count;
        await Service<OutboxSender>().DeliverDueAsync(default);

        var post = Assert.Single(Connector.Requests.Skip(before), r => r.Method == "POST" && r.Path.EndsWith("/activities", StringComparison.Ordinal));
        Assert.Equal($"/teams/v3/conversations/{Uri.EscapeDataString(Channel)}/activities", post.Path);
        Assert.Contains("<at>Bob</at> Husk at stemme om B-sagen", BotHarness.Text(post.Cards().Single()), StringComparison.Ordinal);
        var row = (await Service<OutboxStore>().GetAsync($"reminder|{Channel}|{First}|aad-bob", default))!;
        Assert.Equal(("Sent", "channel"), (row.Status, row.ReachedBy));
    }

    [Fact]
    public async Task A_private_channel_is_a_community_too_with_its_own_members()
    {
        await Harness.PostAsync(SharedChannelActivities.BotAllowed(ServiceUrl, "private"));
        await PressAsync(CardVerbs.SaveSetup, SetupData(), "aad-alice", "Alice", type: "private");

        var roles = await SayAsync("roller", "aad-alice", "Alice", type: "private");
        var renamed = SharedChannelActivities.Event(ServiceUrl, "channelRenamed", "private", "OS2mo styregruppe");
        await Harness.PostAsync(renamed);

        var community = (await Service<CommunityStore>().GetAsync(Channel, default))!;
        Assert.Equal(ChannelKind.PrivateChannel, community.ChannelKind);
        Assert.Equal("OS2mo", community.ProductName);
        Assert.Equal("OS2mo styregruppe", community.Name);
        var text = BotHarness.Text(Assert.Single(roles.Cards()));
        Assert.Contains("Bob", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Dennis", text, StringComparison.Ordinal);

        await Harness.PostAsync(SharedChannelActivities.Event(ServiceUrl, "channelDeleted", "private"));
        Assert.False((await Service<CommunityStore>().GetAsync(Channel, default))!.IsActive);
        await Harness.PostAsync(SharedChannelActivities.Event(ServiceUrl, "channelRestored", "private"));
        Assert.True((await Service<CommunityStore>().GetAsync(Channel, default))!.IsActive);
    }

    private async Task SetUpChannelAsync()
    {
        Assert.Equal(HttpStatusCode.OK, (await Harness.PostAsync(SharedChannelActivities.BotAllowed(ServiceUrl))).StatusCode);
        var saved = await PressAsync(CardVerbs.SaveSetup, SetupData(), "aad-alice", "Alice");
        Assert.DoesNotContain("Beklager", BotHarness.Text(saved["value"]), StringComparison.Ordinal);
    }

    private static JsonObject SetupData() => new()
    {
        ["productName"] = "OS2mo", ["timeZone"] = "Europe/Copenhagen", ["hourBudget"] = "10", ["lang"] = "da",
        ["steeringRule"] = "SimpleMajority", ["coordinationRule"] = "SimpleMajority", ["participation"] = "0",
    };

    private async Task ProposeAsync()
    {
        var proposed = await PressAsync(CardVerbs.ProposeDecision, new JsonObject
        {
            ["lang"] = "da", ["title"] = "Fælles testmiljø", ["type"] = "Operational", ["body"] = "SteeringGroup",
            ["context"] = "Kommunerne tester hver for sig.", ["proposal"] = "Ét fælles testmiljø.", ["deadlineDate"] = "2030-12-10",
            ["deadlineTime"] = "12:00", ["rule"] = "body", ["participation"] = "0",
        }, "aad-alice", "Alice");
        Assert.Contains("er sendt til afstemning", BotHarness.Text(proposed["value"]), StringComparison.Ordinal);
    }

    private Task<IReadOnlyList<Vote>> VotesAsync() =>
        Service<DecisionStore>().VotesAsync(Channel, First, default);

    private async Task<JsonNode> PressAsync(string verb, JsonObject data, string aad, string name, string? type = "shared")
    {
        var response = await Harness.PostAsync(SharedChannelActivities.Press(ServiceUrl, verb, data, aad, name, type));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private async Task<RecordedRequest> SayAsync(string text, string aad, string name, string? type = "shared")
    {
        var before = Connector.Requests.Count;
        var response = await Harness.PostAsync(SharedChannelActivities.Message(ServiceUrl, text, aad, name, type));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Connector.Requests.Skip(before).Last(r => r.Method == "POST" && r.Path.Contains("/activities", StringComparison.Ordinal));
    }
}
