namespace CoordinatorBot.Tests.Features;

/// <summary>Communities, setup, roles and help, as people in a Teams channel use them.</summary>
[Trait("Category", "Integration")]
public sealed class CommunityFeatureTests() : BotFeatureTests
{
    // Alice adds the bot to the team, so she may save the first setup.
    protected override Task SetUpAsync() => Harness.PostAsync(ActivityBuilder.TeamInstall(Harness.ServiceUrl));

    private CommunityStore Communities => Service<CommunityStore>();
    private MemberStore Members => Service<MemberStore>();

    [Fact]
    public async Task Installing_in_a_team_creates_the_community_and_welcomes_it_once_in_Danish()
    {
        await Harness.PostAsync(ActivityBuilder.TeamInstall(Harness.ServiceUrl));
        await Harness.PostAsync(ActivityBuilder.BotAddedToTeam(Harness.ServiceUrl));

        var welcome = Assert.Single(Connector.Sent("POST"));
        Assert.Equal($"/teams/v3/conversations/{Uri.EscapeDataString(ActivityBuilder.TeamId)}/activities", welcome.Path);
        var card = Assert.Single(welcome.Cards());
        Assert.Equal("da", card["lang"]!.GetValue<string>());
        Assert.Contains("Jeg er CoordinatorBot", BotHarness.Text(card), StringComparison.Ordinal);
        var community = await Communities.GetAsync(ActivityBuilder.TeamId, default);
        Assert.True(community!.IsActive);
        Assert.Equal("OS2mo fællesskab", community.Name);
        Assert.Equal(Harness.ServiceUrl, community.Channel.ServiceUrl);
    }

    [Fact]
    public async Task Removing_the_bot_marks_the_community_inactive_and_a_reinstall_welcomes_again()
    {
        await Harness.PostAsync(ActivityBuilder.TeamInstall(Harness.ServiceUrl));
        await Harness.PostAsync(ActivityBuilder.TeamInstall(Harness.ServiceUrl, "remove"));
        Assert.False((await Communities.GetAsync(ActivityBuilder.TeamId, default))!.IsActive);

        await Harness.PostAsync(ActivityBuilder.TeamInstall(Harness.ServiceUrl));

        Assert.Equal(2, Connector.PostedCards().Count);
        Assert.True((await Communities.GetAsync(ActivityBuilder.TeamId, default))!.IsActive);
    }

    [Fact]
    public async Task Help_in_Danish_lists_the_commands_a_newcomer_may_use_with_buttons()
    {
        var reply = await Harness.SayAsync("hjælp");

        var card = Assert.Single(reply.Cards());
        var text = BotHarness.Text(card);
        Assert.Contains("Det kan jeg hjælpe med", text, StringComparison.Ordinal);
        Assert.Contains("opsætning", text, StringComparison.Ordinal);
        Assert.Contains("roller", text, StringComparison.Ordinal);
        Assert.Contains("/activities/", reply.Path, StringComparison.Ordinal);
        Assert.Contains(CardVerbs.RunCommand, card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_the_team_the_community_language_wins_over_the_words_and_the_locale()
    {
        var english = await Harness.SayAsync("help", locale: "en-US");
        var typo = await Harness.SayAsync("beslutnigner", locale: "en-US");
        await Harness.SayAsync("opsætning");
        await Harness.PressAsync(CardVerbs.SaveSetup, new JsonObject
        {
            ["productName"] = "OS2mo", ["timeZone"] = "Europe/Copenhagen", ["hourBudget"] = "7,5", ["communityLanguage"] = "en", ["lang"] = "da",
        });
        var afterSwitch = await Harness.SayAsync("hjælp", locale: "da-DK");

        Assert.Contains("Det kan jeg hjælpe med", BotHarness.Text(Assert.Single(english.Cards())), StringComparison.Ordinal);
        var typoText = BotHarness.Text(Assert.Single(typo.Cards()));
        Assert.Contains("Den kommando kender jeg ikke. Mente du »beslutninger«", typoText, StringComparison.Ordinal);
        Assert.Contains("What I can help with", BotHarness.Text(Assert.Single(afterSwitch.Cards())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_the_bot_posts_in_the_channel_is_in_the_communitys_language_whoever_acted()
    {
        await Harness.SayAsync("opsætning");
        await Harness.PressAsync(CardVerbs.SaveSetup, new JsonObject
        {
            ["productName"] = "OS2mo", ["timeZone"] = "Europe/Copenhagen", ["hourBudget"] = "10", ["communityLanguage"] = "en", ["lang"] = "da",
        });
        await Harness.AddMembersAsync(Role.SteeringGroup, ("aad-bob", "Bob"));

        // Alice presses a Danish form: her own answer may be Danish, the card the channel reads is English.
        await Harness.PressAsync(CardVerbs.ProposeDecision, new JsonObject
        {
            ["lang"] = "da", ["title"] = "Budget 2027", ["type"] = "Operational", ["body"] = "SteeringGroup",
            ["context"] = "Kontekst", ["proposal"] = "Forslag", ["deadlineDate"] = "2030-12-04", ["deadlineTime"] = "12:00",
            ["rule"] = "body", ["participation"] = "0",
        });

        var shared = BotHarness.Text(Connector.PostedCards().Last(c => BotHarness.Text(c).Contains("Budget 2027", StringComparison.Ordinal)));
        Assert.Contains("For decision by: <at>Bob</at>", shared, StringComparison.Ordinal);
        Assert.Contains("Proposed", shared, StringComparison.Ordinal);
        Assert.DoesNotContain("Forslag ·", shared, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setup_takes_hours_with_a_decimal_comma_and_shows_them_the_Danish_way()
    {
        await Harness.SayAsync("opsætning");
        var saved = await Harness.PressAsync(CardVerbs.SaveSetup, SetupData("OS2mo", "7,5"));

        Assert.Contains("7,5 timer pr. uge", BotHarness.Text(saved["value"]), StringComparison.Ordinal);
        Assert.Contains("mandag kl. 08.00", BotHarness.Text(saved["value"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistyped_command_gets_help_with_the_closest_command()
    {
        var reply = await Harness.SayAsync("opsætnig");

        var text = BotHarness.Text(Assert.Single(reply.Cards()));
        Assert.Contains("Den kommando kender jeg ikke. Mente du »opsætning«?", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_first_person_to_save_setup_becomes_coordinator_and_others_are_refused()
    {
        var form = await Harness.SayAsync("opsætning");
        Assert.Contains("Produktets navn", BotHarness.Text(Assert.Single(form.Cards())), StringComparison.Ordinal);

        var saved = await Harness.PressAsync(CardVerbs.SaveSetup, SetupData("OS2mo", "7,5"));

        Assert.Equal("application/vnd.microsoft.card.adaptive", saved["type"]!.GetValue<string>());
        Assert.Contains("Du er nu fællesskabets koordinator", BotHarness.Text(saved["value"]), StringComparison.Ordinal);
        var community = await Communities.GetAsync(ActivityBuilder.TeamId, default);
        Assert.Equal(("OS2mo", 7.5m), (community!.ProductName, community.WeeklyHourBudget));
        Assert.True((await Members.GetAsync(ActivityBuilder.TeamId, "aad-alice", default))!.Holds(Role.Coordinator));

        var refused = await Harness.PressAsync(CardVerbs.SaveSetup, SetupData("Overtaget", "40"), aad: "aad-bob", name: "Bob");

        Assert.Equal("Kun koordinatoren kan ændre opsætningen.", refused["value"]!.GetValue<string>());
        Assert.Equal("OS2mo", (await Communities.GetAsync(ActivityBuilder.TeamId, default))!.ProductName);
        Assert.Null(await Members.GetAsync(ActivityBuilder.TeamId, "aad-bob", default));
    }

    [Fact]
    public async Task Invalid_setup_is_shown_again_with_the_reasons_and_saves_nothing()
    {
        var answer = await Harness.PressAsync(CardVerbs.SaveSetup, SetupData("", "99", zone: "Mars/Olympus"));

        var text = BotHarness.Text(answer["value"]);
        Assert.Contains("Opsætningen blev ikke gemt", text, StringComparison.Ordinal);
        Assert.Contains("Skriv produktets navn", text, StringComparison.Ordinal);
        Assert.Contains("Vælg en tidszone", text, StringComparison.Ordinal);
        Assert.Contains("fra 1 til 60", text, StringComparison.Ordinal);
        Assert.Null((await Communities.GetAsync(ActivityBuilder.TeamId, default))!.ProductName);
        Assert.Empty(await Members.ListAsync(ActivityBuilder.TeamId, default));
    }

    [Fact]
    public async Task The_coordinator_assigns_roles_from_the_team_roster()
    {
        Connector.Roster.AddRange([("aad-alice", "Alice"), ("aad-bob", "Bob Berg"), ("aad-carl", "Carl")]);
        await Harness.PressAsync(CardVerbs.SaveSetup, SetupData("OS2mo", "10"));

        var answer = await Harness.PressAsync(CardVerbs.AssignRole,
            new JsonObject { ["person"] = "aad-carl", ["role"] = "Municipality", ["municipality"] = "Aarhus Kommune" });

        Assert.Contains("Carl er nu kontaktperson for Aarhus Kommune.", BotHarness.Text(answer["value"]), StringComparison.Ordinal);
        var carl = await Members.GetAsync(ActivityBuilder.TeamId, "aad-carl", default);
        Assert.Equal(("Carl", "Aarhus Kommune"), (carl!.Name, carl.Municipality));
        Assert.True(carl.Holds(Role.Municipality));
        Assert.Contains(Connector.Requests, r => r.Path.EndsWith("/pagedmembers", StringComparison.Ordinal) && r.Query.Contains("continuationToken", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_municipality_of_a_role_is_one_of_the_98_chosen_on_the_card_and_a_typed_name_is_read_as_onboarding_reads_it()
    {
        Connector.Roster.AddRange([("aad-alice", "Alice"), ("aad-carl", "Carl"), ("aad-dora", "Dora")]);
        await Harness.PressAsync(CardVerbs.SaveSetup, SetupData("OS2mo", "10"));

        var card = (await Harness.PressAsync(CardVerbs.RunCommand, new JsonObject { ["command"] = CommandIds.Roles }))["value"]!;
        var choices = card.ToJsonString();
        Assert.Contains("\"id\":\"municipality\"", choices, StringComparison.Ordinal);
        Assert.Contains("\"style\":\"filtered\"", choices, StringComparison.Ordinal);
        Assert.Contains("Bornholms Regionskommune", choices, StringComparison.Ordinal);

        var typed = await Harness.PressAsync(CardVerbs.AssignRole,
            new JsonObject { ["person"] = "aad-carl", ["role"] = "Municipality", ["municipality"] = "Århus" });
        var unknown = await Harness.PressAsync(CardVerbs.AssignRole,
            new JsonObject { ["person"] = "aad-dora", ["role"] = "Municipality", ["municipality"] = "Frederiks" });

        Assert.Contains("Carl er nu kontaktperson for Aarhus Kommune.", BotHarness.Text(typed["value"]), StringComparison.Ordinal);
        Assert.Equal("Aarhus Kommune", (await Members.GetAsync(ActivityBuilder.TeamId, "aad-carl", default))!.Municipality);
        var refusal = BotHarness.Text(unknown["value"]);
        Assert.Contains("Jeg kender ikke »Frederiks« som en af Danmarks 98 kommuner. Mente du Frederiksberg Kommune", refusal, StringComparison.Ordinal);
        Assert.Contains("Frederikssund Kommune?", refusal, StringComparison.Ordinal);
        Assert.Null(await Members.GetAsync(ActivityBuilder.TeamId, "aad-dora", default));
    }

    [Fact]
    public async Task A_role_action_from_someone_without_the_role_is_refused_politely_and_changes_nothing()
    {
        Connector.Roster.AddRange([("aad-alice", "Alice"), ("aad-bob", "Bob")]);
        await Harness.PressAsync(CardVerbs.SaveSetup, SetupData("OS2mo", "10"));

        // Bob forges the card data as if Alice had pressed it: identity comes from the activity, not the card.
        var answer = await Harness.PressAsync(CardVerbs.AssignRole,
            new JsonObject { ["person"] = "aad-bob", ["role"] = "Coordinator", ["from"] = "aad-alice", ["aadObjectId"] = "aad-alice" },
            aad: "aad-bob", name: "Bob");

        Assert.Equal("Det kræver rollen Koordinator. Spørg koordinatoren, hvis du skal have den.", answer["value"]!.GetValue<string>());
        Assert.Null(await Members.GetAsync(ActivityBuilder.TeamId, "aad-bob", default));
    }

    [Fact]
    public async Task Two_roles_assigned_at_the_same_moment_are_both_kept()
    {
        Connector.Roster.AddRange([("aad-alice", "Alice"), ("aad-bob", "Bob")]);
        await Harness.PressAsync(CardVerbs.SaveSetup, SetupData("OS2mo", "10"));

        await Task.WhenAll(
            Harness.PressAsync(CardVerbs.AssignRole, new JsonObject { ["person"] = "aad-bob", ["role"] = "SteeringGroup" }),
            Harness.PressAsync(CardVerbs.AssignRole, new JsonObject { ["person"] = "aad-bob", ["role"] = "Supplier", ["supplier"] = "Magenta ApS" }));

        var bob = await Members.GetAsync(ActivityBuilder.TeamId, "aad-bob", default);
        Assert.Equal(new[] { Role.SteeringGroup, Role.Supplier }.Order(), bob!.Roles.Order());
    }

    [Fact]
    public async Task Someone_not_on_the_roster_cannot_be_given_a_role()
    {
        Connector.Roster.Add(("aad-alice", "Alice"));
        await Harness.PressAsync(CardVerbs.SaveSetup, SetupData("OS2mo", "10"));

        var answer = await Harness.PressAsync(CardVerbs.AssignRole, new JsonObject { ["person"] = "aad-stranger", ["role"] = "Supplier" });

        Assert.Contains("Den person er ikke medlem af teamet.", BotHarness.Text(answer["value"]), StringComparison.Ordinal);
        Assert.Null(await Members.GetAsync(ActivityBuilder.TeamId, "aad-stranger", default));
    }

    [Fact]
    public async Task The_last_coordinator_cannot_remove_their_own_role()
    {
        await Harness.PressAsync(CardVerbs.SaveSetup, SetupData("OS2mo", "10"));

        var answer = await Harness.PressAsync(CardVerbs.RemoveRole, new JsonObject { ["assignment"] = "aad-alice|Coordinator" });

        Assert.Contains("mindst én koordinator", BotHarness.Text(answer["value"]), StringComparison.Ordinal);
        Assert.True((await Members.GetAsync(ActivityBuilder.TeamId, "aad-alice", default))!.Holds(Role.Coordinator));
    }

    [Fact]
    public async Task An_Action_Submit_in_a_channel_reaches_the_same_handler_and_answers_below_never_over_the_channels_message()
    {
        var activity = ActivityBuilder.ChannelMessage(Harness.ServiceUrl, string.Empty);
        activity.Remove("text");
        activity["replyToId"] = "card-activity-7";
        activity["value"] = new JsonObject { ["verb"] = CardVerbs.RunCommand, ["command"] = CommandIds.Help, ["lang"] = "en" };

        Assert.Equal(HttpStatusCode.OK, (await Harness.PostAsync(activity)).StatusCode);

        // The message replyToId names is everyone's in the channel (and the id is the client's word): it stays.
        Assert.Empty(Connector.Sent("PUT"));
        var answer = Connector.Sent("POST").Last(r => r.Cards().Any());
        Assert.Contains("What I can help with", BotHarness.Text(Assert.Single(answer.Cards())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_card_button_runs_its_command_and_the_answer_replaces_the_card()
    {
        var answer = await Harness.PressAsync(CardVerbs.RunCommand, new JsonObject { ["command"] = CommandIds.Roles, ["lang"] = "da" });

        Assert.Equal("application/vnd.microsoft.card.adaptive", answer["type"]!.GetValue<string>());
        Assert.Contains("Roller i", BotHarness.Text(answer["value"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_connector_call_gives_a_short_apology_and_no_details()
    {
        Connector.Roster.Add(("aad-alice", "Alice"));
        await Members.UpdateAsync(ActivityBuilder.TeamId, "aad-alice", _ => new Member("aad-alice", "Alice", new HashSet<Role> { Role.Coordinator }, null), default);
        // A 500 is retried (three times by default): it fails for good only when it keeps coming.
        for (var attempt = 0; attempt < 4; attempt++)
        {
            Connector.Enqueue(500, "{\"error\":{\"code\":\"Boom\",\"message\":\"internal stack trace here\"}}");
        }

        var reply = await Harness.SayAsync("roller");

        Assert.Equal("Beklager, noget gik galt hos mig. Prøv igen om lidt.", reply.Text);
    }

    [Fact]
    public async Task An_unknown_verb_from_an_old_card_gets_a_polite_answer()
    {
        var answer = await Harness.PressAsync("decisions.vote.v0", new JsonObject());

        Assert.Equal("Kortet er forældet. Skriv kommandoen igen for at få et nyt.", answer["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_changed_service_url_is_stored_when_the_next_activity_arrives()
    {
        await Harness.PostAsync(ActivityBuilder.TeamInstall(Harness.ServiceUrl));
        await using var moved = await FakeConnector.StartAsync();

        await Harness.PostAsync(ActivityBuilder.ChannelMessage(moved.ServiceUrl, "hjælp"));

        Assert.Equal(moved.ServiceUrl, (await Communities.GetAsync(ActivityBuilder.TeamId, default))!.Channel.ServiceUrl);
        Assert.Single(moved.Requests);
    }

    [Fact]
    public async Task A_personal_install_stores_the_chat_and_welcomes_the_person()
    {
        var install = ActivityBuilder.Fixture("installation-update.json");
        install["serviceUrl"] = Harness.ServiceUrl;

        await Harness.PostAsync(install);
        await Harness.PostAsync(install.DeepClone().AsObject().Also(a => a["id"] = Guid.NewGuid().ToString()));

        var store = Service<PersonalConversationStore>();
        var chat = await store.GetAsync("00000000-0000-0000-0000-0000000000001", "00000000-0000-0000-0000-0000000000020", default);
        Assert.True(chat!.IsActive);
        Assert.Equal("50766f41-5765-49b4-98f3-c670fccdf3ae", chat.Address.ConversationId);
        var welcome = Assert.Single(Connector.Sent("POST"), r => r.Path.Contains("50766f41-5765-49b4-98f3-c670fccdf3ae", StringComparison.Ordinal));
        // The person's Teams runs in English, but the tenant's community writes Danish: so does the welcome.
        Assert.Contains("personlige chat", BotHarness.Text(welcome.Cards().Single()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_community_command_in_a_personal_chat_says_where_to_use_it()
    {
        var message = ActivityBuilder.Fixture("message.json");
        message["serviceUrl"] = Harness.ServiceUrl;
        message["text"] = "opsætning";
        message["locale"] = "da-DK";

        await Harness.PostAsync(message);

        var reply = Connector.Sent("POST").Last();
        Assert.Equal("Den kommando hører til et fællesskab. Brug den i teamets kanal, hvor jeg er tilføjet.", reply.Text);
    }

    private static JsonObject SetupData(string name, string hours, string zone = "Europe/Copenhagen") => new()
    {
        ["productName"] = name, ["timeZone"] = zone, ["hourBudget"] = hours, ["lang"] = "da",
    };
}

internal static class JsonObjectExtensions
{
    public static JsonObject Also(this JsonObject o, Action<JsonObject> change)
    {
        change(o);
        return o;
    }
}
