namespace CoordinatorBot.Tests.Trust;

/// <summary>
/// Taking the coordinator role by saving the first setup: as an ordinary member, as a guest, from another tenant, by
/// racing another first save; and making a group chat a community. Issue #8, item 7.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SetupAttackTests() : BotFeatureTests
{
    private const string Refused = "Den, der gemmer den første opsætning, bliver koordinator. Derfor kan kun en ejer af teamet eller den, der tilføjede mig, gemme den.";
    private const string GuestRefused = "Gæster i teamet kan ikke blive koordinator ved at gemme opsætningen. Bed en ejer af teamet om at gøre det.";

    private CommunityStore Communities => Service<CommunityStore>();
    private MemberStore Members => Service<MemberStore>();

    // Alice adds the bot to the team; Olga owns the team; Bob is an ordinary member; Gus is a guest.
    protected override async Task SetUpAsync()
    {
        Connector.Roster.AddRange([("aad-alice", "Alice"), ("aad-olga", "Olga"), ("aad-bob", "Bob"), ("aad-gus", "Gus")]);
        Connector.UserRoles["aad-alice"] = "user";
        Connector.UserRoles["aad-olga"] = "owner";
        Connector.UserRoles["aad-bob"] = "user";
        Connector.UserRoles["aad-gus"] = "guest";
        await Harness.PostAsync(ActivityBuilder.TeamInstall(Harness.ServiceUrl));
    }

    [Fact]
    public async Task A_member_who_neither_added_the_bot_nor_owns_the_team_cannot_save_the_first_setup()
    {
        var answer = await Harness.PressAsync(CardVerbs.SaveSetup, Setup("Bobs produkt"), aad: "aad-bob", name: "Bob");

        Assert.Equal(Refused, TrustActivities.Read(answer));
        await AssertNotSetUpAsync(TeamId);
    }

    [Fact]
    public async Task A_guest_of_the_team_cannot_save_the_first_setup()
    {
        var answer = await Harness.PressAsync(CardVerbs.SaveSetup, Setup("Gæstens produkt"), aad: "aad-gus", name: "Gus");

        Assert.Equal(GuestRefused, TrustActivities.Read(answer));
        await AssertNotSetUpAsync(TeamId);
    }

    [Fact]
    public async Task A_guest_who_added_the_bot_still_cannot_become_coordinator_by_setup()
    {
        const string team = "19:guest-installed@thread.tacv2";
        var install = ActivityBuilder.TeamInstall(Harness.ServiceUrl, teamId: team);
        install["from"] = new JsonObject { ["id"] = "29:aad-gus", ["name"] = "Gus", ["aadObjectId"] = "aad-gus" };
        await Harness.PostAsync(install);
        Assert.Equal("aad-gus", (await Communities.GetAsync(team, default))!.InstalledBy);

        var response = await Harness.PostAsync(
            ActivityBuilder.Execute(Harness.ServiceUrl, CardVerbs.SaveSetup, Setup("Gæstens produkt"), "aad-gus", "Gus", team));

        Assert.Contains(GuestRefused, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertNotSetUpAsync(team);
    }

    [Fact]
    public async Task Someone_from_another_tenant_cannot_save_the_first_setup_even_as_a_listed_owner()
    {
        Connector.Roster.Add(("aad-ted", "Ted"));
        Connector.UserRoles["aad-ted"] = "owner";
        var press = ActivityBuilder.Execute(Harness.ServiceUrl, CardVerbs.SaveSetup, Setup("Fremmed produkt"), "aad-ted", "Ted");
        press["conversation"]!["tenantId"] = "11111111-1111-1111-1111-111111111111";
        press["channelData"]!["tenant"]!["id"] = "11111111-1111-1111-1111-111111111111";

        var response = await Harness.PostAsync(press);

        Assert.Contains(GuestRefused, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertNotSetUpAsync(TeamId);
    }

    [Fact]
    public async Task The_person_who_added_the_bot_saves_the_first_setup_and_becomes_coordinator()
    {
        var answer = await Harness.PressAsync(CardVerbs.SaveSetup, Setup("OS2mo"));

        Assert.Contains("Du er nu fællesskabets koordinator.", TrustActivities.Read(answer), StringComparison.Ordinal);
        var alice = await Members.GetAsync(TeamId, "aad-alice", default);
        Assert.True(alice!.Holds(Role.Coordinator));
        var community = await Communities.GetAsync(TeamId, default);
        Assert.Equal(("OS2mo", "aad-alice"), (community!.ProductName, community.SetUpBy));
    }

    [Fact]
    public async Task A_team_owner_may_save_the_first_setup_too()
    {
        var answer = await Harness.PressAsync(CardVerbs.SaveSetup, Setup("OS2kitos"), aad: "aad-olga", name: "Olga");

        Assert.Contains("Du er nu fællesskabets koordinator.", TrustActivities.Read(answer), StringComparison.Ordinal);
        Assert.True((await Members.GetAsync(TeamId, "aad-olga", default))!.Holds(Role.Coordinator));
    }

    [Fact]
    public async Task Two_first_saves_at_the_same_moment_make_exactly_one_coordinator_and_keep_only_the_winners_setup()
    {
        // Several teams, so that the two saves really meet in at least some of them.
        foreach (var team in Enumerable.Range(1, 5).Select(i => $"19:race-{i}@thread.tacv2"))
        {
            await Harness.PostAsync(ActivityBuilder.TeamInstall(Harness.ServiceUrl, teamId: team));

            var answers = await Task.WhenAll(
                Press(team, "aad-alice", "Alice", "Alices produkt"),
                Press(team, "aad-olga", "Olga", "Olgas produkt"));

            var coordinators = (await Members.ListAsync(team, default)).Where(m => m.Holds(Role.Coordinator)).ToList();
            var winner = Assert.Single(coordinators);
            var community = await Communities.GetAsync(team, default);
            Assert.Equal(winner.AadObjectId, community!.SetUpBy);
            Assert.Equal(winner.AadObjectId == "aad-alice" ? "Alices produkt" : "Olgas produkt", community.ProductName);
            Assert.Single(answers, a => a.Contains("Du er nu fællesskabets koordinator.", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task In_a_group_chat_setup_makes_no_community_and_help_says_the_bot_works_in_a_team()
    {
        const string chat = "19:group-chat-1@thread.v2";
        var install = TrustActivities.GroupChatMessage(Harness.ServiceUrl, string.Empty, chat);
        install["type"] = "installationUpdate";
        install["action"] = "add";
        install.Remove("text");
        install.Remove("entities");
        await Harness.PostAsync(install);

        var setup = await SayInGroupChatAsync("opsætning", chat);
        var saved = await Harness.PostAsync(GroupChatPress(chat));
        var help = await SayInGroupChatAsync("hjælp", chat);

        Assert.Empty(setup.Cards());
        Assert.Equal("Den kommando hører til et fællesskab. Brug den i teamets kanal, hvor jeg er tilføjet.", setup.Text);
        Assert.Contains("Jeg arbejder i et produkts team, ikke i gruppechats.", BotHarness.Text(help.Cards().Single()), StringComparison.Ordinal);
        Assert.DoesNotContain("koordinator", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await Communities.GetAsync(chat, default));
        Assert.Empty(await Members.ListAsync(chat, default));
    }

    private JsonObject GroupChatPress(string chat)
    {
        var press = ActivityBuilder.Execute(Harness.ServiceUrl, CardVerbs.SaveSetup, Setup("Gruppens produkt"));
        press["conversation"] = TrustActivities.GroupChatMessage(Harness.ServiceUrl, string.Empty, chat)["conversation"]!.DeepClone();
        press["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = ActivityBuilder.TenantId } };
        return press;
    }

    private async Task<RecordedRequest> SayInGroupChatAsync(string text, string chat)
    {
        var before = Connector.Requests.Count;
        var response = await Harness.PostAsync(TrustActivities.GroupChatMessage(Harness.ServiceUrl, text, chat));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return Connector.Requests.Skip(before).Last(r => r.Method == "POST" && r.Path.Contains("/activities", StringComparison.Ordinal));
    }

    private async Task<string> Press(string team, string aad, string name, string product)
    {
        var response = await Harness.PostAsync(ActivityBuilder.Execute(Harness.ServiceUrl, CardVerbs.SaveSetup, Setup(product), aad, name, team));
        return await response.Content.ReadAsStringAsync();
    }

    private async Task AssertNotSetUpAsync(string team)
    {
        var community = await Communities.GetAsync(team, default);
        Assert.Equal((null, null), (community!.ProductName, community.SetUpBy));
        Assert.DoesNotContain(await Members.ListAsync(team, default), m => m.Roles.Count > 0);
    }

    private static JsonObject Setup(string product) => new()
    {
        ["productName"] = product, ["timeZone"] = "Europe/Copenhagen", ["hourBudget"] = "10", ["lang"] = "da",
    };
}
