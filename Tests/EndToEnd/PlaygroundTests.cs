using static CoordinatorBot.Tests.EndToEnd.PlaygroundClient;
namespace CoordinatorBot.Tests.EndToEnd;

/// <summary>The real bot (Development, Azurite) chatting through the Microsoft 365 Agents Playground.</summary>
public sealed class PlaygroundFixture : IAsyncLifetime
{
    /// <summary>The mailbox that books the Playground team's meetings in the Graph stand-in.</summary>
    public const string Organizer = "koordinator@os2.eu";

    public BotHost Bot { get; private set; } = null!;
    public PlaygroundClient Playground { get; private set; } = null!;

    /// <summary>Microsoft Graph has no emulator: a stand-in that checks each request as Graph's reference describes it.</summary>
    public Meetings.GraphStandIn Graph { get; private set; } = null!;

    /// <summary>The bot's clock: now, until a test moves it on (to the next weekly nudge, say).</summary>
    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public async Task InitializeAsync()
    {
        Graph = await Meetings.GraphStandIn.StartAsync(Organizer);
        Bot = await BotHost.StartAsync(new Dictionary<string, string?> { ["Graph:BaseUrl"] = Graph.BaseUrl, ["Graph:Organizer"] = Organizer },
            port: TestSettings.BotPort, services: s => s.AddSingleton<TimeProvider>(Time));
        Playground = await PlaygroundClient.ConnectAsync(TestSettings.Playground);
    }

    /// <summary>
    /// Installs the bot in the Playground's team and saves its setup (OS2mo, simple majority) through the setup card, as
    /// the coordinator would; the setup card's thread and message, for the roles that follow.
    /// </summary>
    public async Task<(string Thread, BotMessage Setup)> SetUpCommunityAsync()
    {
        await InstallAsync();
        var thread = await Playground.SayAsync(PlaygroundClient.TeamId, "opsætning", mentionBot: true);
        var setup = await Playground.NextBotMessageAsync(m => BotHarness.Text(m.Card).Contains("Produktets navn", StringComparison.Ordinal));
        await Playground.PressAsync(thread, setup.Id, Execute(CardVerbs.SaveSetup, new JsonObject
        {
            ["productName"] = "OS2mo", ["timeZone"] = "Europe/Copenhagen", ["hourBudget"] = "10",
            ["steeringRule"] = "SimpleMajority", ["coordinationRule"] = "SimpleMajority", ["participation"] = "0",
        }));
        return (thread, setup);
    }

    /// <summary>Alex adds the bot to the team (again, if another test did already): the person who added it may save setup.</summary>
    public async Task InstallAsync()
    {
        await Playground.SendEventAsync(PlaygroundClient.TeamId, "install");
        var communities = Bot.Services.GetRequiredService<CommunityStore>();
        await Eventually.TrueAsync(async () => (await communities.GetAsync(PlaygroundClient.TeamId, default))?.InstalledBy is not null,
            "the team's community to know who added the bot");
    }

    public async Task DisposeAsync()
    {
        await Playground.DisposeAsync();
        await Bot.DisposeAsync();
        await Graph.DisposeAsync();
    }
}

[Collection(PlaygroundCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class PlaygroundTests(PlaygroundFixture fixture)
{
    private PlaygroundClient Playground => fixture.Playground;

    [Fact]
    public async Task Installing_the_bot_in_the_team_posts_the_Danish_welcome_card_and_its_button_replaces_the_card()
    {
        // Removed first, so that the install is a new one whatever the other tests did in the team before.
        await Playground.SendEventAsync(PlaygroundClient.TeamId, "uninstall");
        var communities = fixture.Bot.Services.GetRequiredService<CommunityStore>();
        await Eventually.TrueAsync(async () => (await communities.GetAsync(PlaygroundClient.TeamId, default))?.IsActive != true,
            "the team's community to be inactive");

        await Playground.SendEventAsync(PlaygroundClient.TeamId, "install");

        var welcome = await Playground.NextBotMessageAsync(m => m.Action == "createMessage" &&
            m.ConversationId.StartsWith(PlaygroundClient.TeamId, StringComparison.Ordinal) && m.Card?["actions"] is not null &&
            BotHarness.Text(m.Card).Contains("Jeg er CoordinatorBot", StringComparison.Ordinal));
        var text = BotHarness.Text(welcome.Card);
        Assert.Contains("Hej! Jeg er CoordinatorBot", text, StringComparison.Ordinal);
        Assert.Equal("da", welcome.Card!["lang"]!.GetValue<string>());

        // Press "Opsætning" on the welcome card: the setup form comes as a new message in the thread; the welcome stays.
        var button = welcome.Card["actions"]!.AsArray().First(a => a!["data"]!["command"]!.GetValue<string>() == CommandIds.Setup)!;
        var thread = $"{PlaygroundClient.TeamId};messageid={welcome.Id}";
        var response = await Playground.PressAsync(thread, welcome.Id, button.DeepClone().AsObject());

        Assert.Equal("application/vnd.microsoft.activity.message", response["type"]!.GetValue<string>());
        Assert.Equal("Svaret står i tråden.", response["value"]!.GetValue<string>());
        var form = await Playground.NextBotMessageAsync(m => m.Action == "createMessage" &&
            BotHarness.Text(m.Card).Contains("Opsætning af fællesskabet", StringComparison.Ordinal));
        Assert.NotEqual(welcome.Id, form.Id);
    }

    [Fact]
    public async Task The_personal_chat_answers_in_the_persons_language_which_they_can_choose_and_suggests_for_a_typo()
    {
        // The Playground's personal chat says en-US; "sprog dansk" makes it Danish for this person.
        var chat = await Playground.PersonalChatIdAsync();
        async Task<string> Say(string text)
        {
            await Playground.SayAsync(chat, text);
            var reply = await Playground.NextBotMessageAsync(m => m.ConversationId == chat);
            return reply.Card is { } card ? BotHarness.Text(card) : reply.Text ?? string.Empty;
        }

        Assert.Equal("I will write English to you here.", await Say("language english"));
        Assert.Contains("What I can help with", await Say("hjælp"), StringComparison.Ordinal);
        Assert.Contains("Did you mean \"help\"?", await Say("hepl"), StringComparison.Ordinal);
        Assert.Equal("Jeg skriver dansk til dig her.", await Say("sprog dansk"));
        Assert.Contains("Det kan jeg hjælpe med", await Say("help"), StringComparison.Ordinal);
        Assert.Contains("Mente du »hjælp«?", await Say("hepl"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_the_team_channel_setup_is_saved_from_its_card_and_roles_are_listed_for_another_member()
    {
        await fixture.InstallAsync();
        var thread = await Playground.SayAsync(PlaygroundClient.TeamId, "opsætning", mentionBot: true);
        var form = await Playground.NextBotMessageAsync(m => BotHarness.Text(m.Card).Contains("Produktets navn", StringComparison.Ordinal));

        var saved = await Playground.PressAsync(thread, form.Id, new JsonObject
        {
            ["type"] = "Action.Execute", ["verb"] = CardVerbs.SaveSetup,
            ["data"] = new JsonObject
            {
                ["verb"] = CardVerbs.SaveSetup, ["lang"] = "da",
                ["productName"] = "OS2valghalla", ["timeZone"] = "Europe/Copenhagen", ["hourBudget"] = "12",
            },
        });
        Assert.Contains("Opsætningen er gemt", BotHarness.Text(saved["value"]), StringComparison.Ordinal);

        // Megan, another member of the Playground's team, asks for the roles: she sees Alex as coordinator, read-only.
        await Playground.SendActivityAsync(Playground.ActivityFrom(1, thread, text: "roller"));

        var roles = await Playground.NextBotMessageAsync(m => BotHarness.Text(m.Card).Contains("Roller i OS2valghalla", StringComparison.Ordinal));
        var text = BotHarness.Text(roles.Card);
        Assert.Contains("Alex Wilber", text, StringComparison.Ordinal);
        Assert.Contains("Kun koordinatoren kan ændre roller.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decision_is_proposed_voted_on_by_two_members_closed_listed_and_exported()
    {
        // Alex sets up the community and makes Megan and Adele the steering group, from the cards.
        var (thread, form) = await fixture.SetUpCommunityAsync();
        foreach (var user in new[] { 1, 2 })
        {
            var assigned = await Playground.PressAsync(thread, form.Id, Execute(CardVerbs.AssignRole, new JsonObject
            {
                ["person"] = Playground.User(user)["aadObjectId"]!.GetValue<string>(), ["role"] = "SteeringGroup",
            }));
            Assert.Contains("Styregruppe", BotHarness.Text(assigned["value"]), StringComparison.Ordinal);
        }

        // Alex proposes.
        var proposalThread = await Playground.SayAsync(PlaygroundClient.TeamId, "beslutning ny", mentionBot: true);
        var proposalForm = await Playground.NextBotMessageAsync(m => BotHarness.Text(m.Card).Contains("Ny beslutning", StringComparison.Ordinal));
        var proposed = await Playground.PressAsync(proposalThread, proposalForm.Id, Execute(CardVerbs.ProposeDecision, new JsonObject
        {
            ["title"] = "Fælles testmiljø", ["type"] = "Operational", ["body"] = "SteeringGroup",
            ["context"] = "Kommunerne tester hver for sig.", ["proposal"] = "Leverandøren driver ét fælles testmiljø.",
            ["deadlineDate"] = fixture.Time.GetUtcNow().AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["deadlineTime"] = "12:00", ["rule"] = "body", ["participation"] = "0",
        }));
        var proposedText = BotHarness.Text(proposed["value"]);
        var number = System.Text.RegularExpressions.Regex.Match(proposedText, @"B-\d{4}-\d{3}").Value;
        Assert.Contains($"{number} er sendt til afstemning i kanalen.", proposedText, StringComparison.Ordinal);
        var shared = await Playground.NextBotMessageAsync(m => m.Action == "createMessage" &&
            BotHarness.Text(m.Card).Contains($"{number} · Fælles testmiljø", StringComparison.Ordinal));
        Assert.Contains("Til afstemning hos:", BotHarness.Text(shared.Card), StringComparison.Ordinal);
        var cardThread = $"{PlaygroundClient.TeamId};messageid={shared.Id}";

        // Megan approves: the shared card is updated for everyone with the new tally.
        await Playground.SendActivityAsync(Playground.ActivityFrom(1, cardThread, replyToId: shared.Id,
            action: Execute(CardVerbs.Vote, new JsonObject { ["decision"] = number, ["choice"] = "Approve" })));
        await Playground.NextBotMessageAsync(m => m.Action == "updateMessage" && BotHarness.Text(m.Card).Contains("Godkend 1 ·", StringComparison.Ordinal));

        // Adele approves too: the majority is reached, the card becomes the final record and the outcome is posted.
        await Playground.SendActivityAsync(Playground.ActivityFrom(2, cardThread, replyToId: shared.Id,
            action: Execute(CardVerbs.Vote, new JsonObject { ["decision"] = number, ["choice"] = "Approve" })));
        var outcome = await Playground.NextBotMessageAsync(m => m.Text?.StartsWith($"{number} er accepteret", StringComparison.Ordinal) == true);
        Assert.Contains("Flertal for.", outcome.Text, StringComparison.Ordinal);

        // The log lists it as accepted; the export's Markdown page carries the record.
        await Playground.SayAsync(PlaygroundClient.TeamId, "beslutninger accepteret", mentionBot: true);
        var log = await Playground.NextBotMessageAsync(m => BotHarness.Text(m.Card).Contains("Beslutningslog", StringComparison.Ordinal));
        Assert.Contains(number, BotHarness.Text(log.Card), StringComparison.Ordinal);

        await Playground.SayAsync(PlaygroundClient.TeamId, "eksportér beslutninger", mentionBot: true);
        var export = await Playground.NextBotMessageAsync(m => BotHarness.Text(m.Card).Contains("Eksport af fællesskabets dokumentation", StringComparison.Ordinal));
        using var http = new HttpClient();
        using var zip = new System.IO.Compression.ZipArchive(await http.GetStreamAsync(export.Card!["actions"]![0]!["url"]!.GetValue<string>()));
        var page = zip.Entries.Single(e => e.Name.EndsWith("-faelles-testmiljoe.md", StringComparison.Ordinal));
        using var reader = new StreamReader(await page.OpenAsync());
        var markdown = await reader.ReadToEndAsync();
        Assert.Contains($"title: \"{number} Fælles testmiljø\"", markdown, StringComparison.Ordinal);
        Assert.Contains("| Status | Accepteret |", markdown, StringComparison.Ordinal);
        Assert.Contains("Megan Bowen – Godkend", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_municipality_is_onboarded_through_the_dialog_and_its_checklist_ticked_by_two_people()
    {
        // Alex is coordinator; Megan represents the municipality.
        var (setupThread, setup) = await fixture.SetUpCommunityAsync();
        var megan = Playground.User(1);
        await Playground.PressAsync(setupThread, setup.Id, Execute(CardVerbs.AssignRole, new JsonObject
        {
            ["person"] = megan["aadObjectId"]!.GetValue<string>(), ["role"] = "Municipality", ["municipality"] = "Skive Kommune",
        }));

        // The dialog: the first answer typed as a new post in the channel, the rest on the cards. Each answered card
        // becomes a read-only summary and the next question comes below; a typo is forgiven, a past date is asked
        // again on the same card.
        await Playground.SayAsync(PlaygroundClient.TeamId, "onboarding ny", mentionBot: true);
        var first = await Playground.NextBotMessageAsync(m => BotHarness.Text(m.Card).Contains("Hvilken kommune skal onboardes?", StringComparison.Ordinal));
        Assert.Contains("som et nyt opslag i kanalen", BotHarness.Text(first.Card), StringComparison.Ordinal);
        var thread = await Playground.SayAsync(PlaygroundClient.TeamId, "Skiev", mentionBot: true);
        var summary = await Playground.NextBotMessageAsync(m => m.Action == "updateMessage" && m.Id == first.Id);
        Assert.Contains("Kommune: Skive Kommune ✓", BotHarness.Text(summary.Card), StringComparison.Ordinal);
        Assert.DoesNotContain("\"Action.", summary.Card!.ToJsonString(), StringComparison.Ordinal);
        var prompt = await Playground.NextBotMessageAsync(m => m.Action == "createMessage" &&
            BotHarness.Text(m.Card).Contains("Hvilken medlemsmodel?", StringComparison.Ordinal));
        async Task<string> AnswerAsync(string answer)
        {
            var pressed = BotHarness.Text((await Playground.PressAsync(thread, prompt.Id, Execute(CardVerbs.DialogAnswer, new JsonObject { ["answer"] = answer })))["value"]);
            if (!pressed.Contains('✓', StringComparison.Ordinal))
            {
                return pressed;
            }

            prompt = await Playground.NextBotMessageAsync(m => m.Action == "createMessage" && m.Card is not null);
            return $"{pressed} {BotHarness.Text(prompt.Card)}";
        }

        Assert.Contains("Hvem er faglig kontaktperson?", await AnswerAsync("NotOs2Member"), StringComparison.Ordinal);
        Assert.Contains("Hvem er teknisk kontaktperson?", await AnswerAsync(megan["aadObjectId"]!.GetValue<string>()), StringComparison.Ordinal);
        Assert.Contains("Hvilken leverandør", await AnswerAsync("Jens Jensen, jj@skive.dk"), StringComparison.Ordinal);
        Assert.Contains("Hvornår skal kommunen gå i drift", await AnswerAsync("Magenta"), StringComparison.Ordinal);
        Assert.Contains("Datoen skal ligge efter i dag.", await AnswerAsync("2020-01-01"), StringComparison.Ordinal);
        var lastPress = await Playground.PressAsync(thread, prompt.Id, Execute(CardVerbs.DialogAnswer, new JsonObject
        {
            ["answer"] = fixture.Time.GetUtcNow().AddDays(60).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }));
        Assert.Contains("Drift fra: ", BotHarness.Text(lastPress["value"]), StringComparison.Ordinal);

        // The checklist goes to the channel, and below the dialog the coordinator is told so.
        var checklist = await Playground.NextBotMessageAsync(m => m.Action == "createMessage" &&
            BotHarness.Text(m.Card).Contains("Onboarding: Skive Kommune", StringComparison.Ordinal));
        await Playground.NextBotMessageAsync(m => BotHarness.Text(m.Card).Contains("Tjeklisten for Skive Kommune er lagt i kanalen.", StringComparison.Ordinal));
        var checklistThread = $"{PlaygroundClient.TeamId};messageid={checklist.Id}";
        var onboardingId = checklist.Card!.ToJsonString().Split("\"onboarding\":\"")[1].Split('"')[0];

        // The dialog took both contacts, so that step is done. Megan ticks the municipality's step; Alex, the coordinator,
        // ticks the rest; the card updates for everyone.
        await Playground.SendActivityAsync(Playground.ActivityFrom(1, checklistThread, replyToId: checklist.Id,
            action: Execute(CardVerbs.TickStep, new JsonObject { ["onboarding"] = onboardingId, ["step"] = "dataprocessing" })));
        var update = await Playground.NextBotMessageAsync(m => m.Action == "updateMessage" &&
            BotHarness.Text(m.Card).Contains("2 af 7 trin udført", StringComparison.Ordinal));
        Assert.Contains("Udført af Megan Bowen", BotHarness.Text(update.Card), StringComparison.Ordinal);

        foreach (var step in new[] { "price", "agreement", "connection", "groups" })
        {
            var ticked = await Playground.PressAsync(checklistThread, checklist.Id, Execute(CardVerbs.TickStep, new JsonObject { ["onboarding"] = onboardingId, ["step"] = step }));
            Assert.Contains("er markeret som udført", BotHarness.Text(ticked["value"]), StringComparison.Ordinal);
        }

        var completed = await Playground.PressAsync(checklistThread, checklist.Id, Execute(CardVerbs.TickStep, new JsonObject
        {
            ["onboarding"] = onboardingId, ["step"] = "followup", ["inUse"] = "true", ["missing"] = "Vejledning til sagsbehandlere",
        }));
        Assert.Contains("Onboardingen er gennemført.", BotHarness.Text(completed["value"]), StringComparison.Ordinal);
        await Playground.NextBotMessageAsync(m => m.Text?.StartsWith("Velkommen til Skive Kommune", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task When_the_clock_reaches_the_nudge_time_the_coordinator_gets_the_weekly_nudge_in_the_personal_chat()
    {
        // Alex is the coordinator and has talked to the bot in the personal chat.
        await fixture.SetUpCommunityAsync();
        var chat = await Playground.PersonalChatIdAsync();
        await Playground.SayAsync(chat, "hjælp");
        await Playground.NextBotMessageAsync(m => m.ConversationId == chat);

        // The clock moves on, an hour at a time, to the next weekly nudge.
        var community = (await fixture.Bot.Services.GetRequiredService<CommunityStore>().GetAsync(PlaygroundClient.TeamId, default))!;
        for (var hour = 0; hour < 24 * 14 && NudgeCalendar.DueToday(community, fixture.Time.GetUtcNow()) is null; hour++)
        {
            fixture.Time.Advance(TimeSpan.FromHours(1));
        }

        await fixture.Bot.Services.GetRequiredService<JobScheduler>().TickAsync(default);
        var alex = Playground.User(0)["aadObjectId"]!.GetValue<string>();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(fixture.Time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen")).DateTime);
        var week = $"{System.Globalization.ISOWeek.GetYear(today.ToDateTime(TimeOnly.MinValue))}-W{System.Globalization.ISOWeek.GetWeekOfYear(today.ToDateTime(TimeOnly.MinValue)):00}";
        var outbox = fixture.Bot.Services.GetRequiredService<CoordinatorBot.Storage.Outbox.OutboxStore>();
        var row = await Eventually.FoundAsync(async () =>
        {
            await fixture.Bot.Services.GetRequiredService<OutboxSender>().DeliverDueAsync(default);
            var found = await outbox.GetAsync($"nudge|{PlaygroundClient.TeamId}|{week}|{alex}", default);
            return found?.Status is nameof(CoordinatorBot.Storage.Outbox.OutboxStatus.Sent) or nameof(CoordinatorBot.Storage.Outbox.OutboxStatus.Failed)
                ? found : null;
        }, "the nudge to be sent or to fail for good");

        Assert.True(row.Status == nameof(CoordinatorBot.Storage.Outbox.OutboxStatus.Sent), $"The nudge was {row.Status} ({row.LastStatusCode} {row.LastSubCode}).");

        // The Playground's Teams speaks English (en-US), but OS2mo writes Danish and Alex chose no language: the nudge is
        // Danish, as the personal chat's answers are.
        var nudge = await Playground.NextBotMessageAsync(m => m.ConversationId == chat &&
            BotHarness.Text(m.Card).Contains("Din uge i OS2mo", StringComparison.Ordinal));
        Assert.Contains("MUST", BotHarness.Text(nudge.Card), StringComparison.Ordinal);
    }
}
