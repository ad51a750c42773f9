namespace CoordinatorBot.Tests.Priorities;

/// <summary>Tasks, the week's plan and the weekly nudge through the whole bot, against Azurite and a local connector.</summary>
[Trait("Category", "Integration")]
// Sunday 29 November 2026, 20:00 in Copenhagen.
// The test runs the scheduler and the sender itself; their hosted loops would race it for the same rows.
public sealed class WeekFeatureTests() : ClockedBotFeatureTests(
    DateTimeOffset.Parse("2026-11-29T19:00:00Z", CultureInfo.InvariantCulture), hostedScheduler: false)
{
    protected override async Task SetUpAsync()
    {
        // Alice, who adds the bot, is on the team's roster: the first setup asks it whether she is a guest.
        Connector.Roster.Add(("aad-alice", "Alice"));
        await Harness.SetUpCommunityAsync();
        await Harness.AddMembersAsync(Role.SteeringGroup, ("aad-bob", "Bob"), ("aad-carl", "Carl"));

        // Alice, the coordinator, has a 1:1 chat with the bot; Bob and Carl do not yet.
        await Harness.OpenPersonalChatAsync("aad-alice", "Alice", "a:alice-chat");
        await Harness.OpenPersonalChatAsync("aad-carl", "Carl", "a:carl-chat", "en-GB");
    }

    [Fact]
    public async Task The_coordinator_sees_the_default_tasks_as_the_weeks_plan_and_others_are_refused()
    {
        var plan = BotHarness.Text((await Harness.SayAsync("opgaver")).Cards().Single());
        var refused = await Harness.SayAsync("opgaver", "aad-bob", "Bob");

        Assert.Contains("Ugens plan – uge 49", plan, StringComparison.Ordinal);
        Assert.Contains("Forbered og følg op på styregruppens arbejde", plan, StringComparison.Ordinal);
        Assert.Contains("MUST", plan, StringComparison.Ordinal);
        Assert.Equal("Det kræver rollen Koordinator. Spørg koordinatoren, hvis du skal have den.", refused.Text);
    }

    [Fact]
    public async Task In_her_personal_chat_the_coordinator_gets_the_plan_and_the_nudges_buttons_work()
    {
        // From a personal chat, only a person on the team's roster acts for the community (Alice is, see above).
        var message = ActivityBuilder.Fixture("message.json");
        message["serviceUrl"] = Harness.ServiceUrl;
        message["from"] = new JsonObject { ["id"] = "29:aad-alice", ["name"] = "Alice", ["aadObjectId"] = "aad-alice" };
        message["text"] = "opgaver";
        message["locale"] = "da-DK";

        await Harness.PostAsync(message);
        var button = message.DeepClone().AsObject();
        button["id"] = Guid.NewGuid().ToString();
        button["type"] = "invoke";
        button["name"] = "adaptiveCard/action";
        button.Remove("text");
        button["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute", ["verb"] = CardVerbs.RunCommand,
                ["data"] = new JsonObject { ["verb"] = CardVerbs.RunCommand, ["command"] = CommandIds.Decisions, ["lang"] = "da" },
            },
        };
        var response = await Harness.PostAsync(button);

        var reply = Connector.Sent("POST").Last();
        Assert.Contains("50766f41-5765-49b4-98f3-c670fccdf3ae", reply.Path, StringComparison.Ordinal);
        Assert.Contains("Ugens plan – uge 49", BotHarness.Text(reply.Cards().Single()), StringComparison.Ordinal);
        Assert.Contains("Beslutningslog", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_task_joins_the_plan_and_marking_it_done_removes_it()
    {
        var created = await Harness.PressAsync(CardVerbs.TaskCreate, new JsonObject
        {
            ["taskTitle"] = "Læs leverandørens release notes", ["class"] = "Must", ["estimate"] = "1,5", ["recurrence"] = "Once",
            ["due"] = "2026-11-29", ["lang"] = "da",
        });
        Assert.Contains("Læs leverandørens release notes", BotHarness.Text(created["value"]), StringComparison.Ordinal);
        // The new task's id is the one that is not a default task's.
        var id = created["value"]!.ToJsonString().Split("\"task\":\"").Skip(1).Select(s => s.Split('"')[0]).First(t => !t.StartsWith("default-", StringComparison.Ordinal));

        var done = await Harness.PressAsync(CardVerbs.TaskDone, new JsonObject { ["task"] = id, ["lang"] = "da" });

        Assert.Contains("»Læs leverandørens release notes« er markeret som udført.", BotHarness.Text(done["value"]), StringComparison.Ordinal);
        Assert.DoesNotContain("1,5 t", BotHarness.Text(done["value"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_must_work_exceeds_the_budget_the_plan_says_so_and_a_capacity_note_goes_to_the_steering_group()
    {
        await Harness.PressAsync(CardVerbs.SaveSetup, new JsonObject
        {
            ["productName"] = "OS2mo", ["timeZone"] = "Europe/Copenhagen", ["hourBudget"] = "2", ["lang"] = "da",
        });

        var plan = BotHarness.Text((await Harness.SayAsync("opgaver")).Cards().Single());
        var sent = await Harness.PressAsync(CardVerbs.CapacityNote, new JsonObject { ["lang"] = "da" });

        Assert.Contains("MUST-opgaverne kræver 6 timer, men budgettet er 2 timer.", plan, StringComparison.Ordinal);
        Assert.Contains("Kapacitetsnoten er sendt", BotHarness.Text(sent["value"]), StringComparison.Ordinal);
        var note = Connector.PostedCards().Last();
        Assert.Contains("Koordinatorens MUST-opgaver i uge 49 kræver 6 timer, men budgettet er 2 timer.", BotHarness.Text(note), StringComparison.Ordinal);
        Assert.Equal(["29:aad-bob", "29:aad-carl"], note["msteams"]!["entities"]!.AsArray().Select(e => e!["mentioned"]!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Monday_at_eight_the_coordinator_and_the_members_with_pending_votes_are_nudged_once()
    {
        await Harness.PressAsync(CardVerbs.ProposeDecision, new JsonObject
        {
            ["lang"] = "da", ["title"] = "Fælles testmiljø", ["type"] = "Operational", ["body"] = "SteeringGroup",
            ["context"] = "Kommunerne tester hver for sig.", ["proposal"] = "Ét fælles testmiljø.", ["deadlineDate"] = "2026-12-10",
            ["deadlineTime"] = "12:00", ["rule"] = "body", ["participation"] = "0",
        });
        await Harness.SayAsync("nudge pause", "aad-carl", "Carl");
        var scheduler = Service<JobScheduler>();
        var before = Connector.Requests.Count;

        Time.SetUtcNow(DateTimeOffset.Parse("2026-11-30T06:59:00Z", CultureInfo.InvariantCulture));
        await scheduler.TickAsync(default);
        await DrainOutboxAsync();
        Assert.Equal(before, Connector.Requests.Count);

        Time.SetUtcNow(DateTimeOffset.Parse("2026-11-30T07:00:30Z", CultureInfo.InvariantCulture));
        await scheduler.TickAsync(default);
        await scheduler.TickAsync(default);
        await DeliverUntilAsync(() => Connector.Sent("POST").Count(r => r.Path.StartsWith("/teams/v3/conversations/a%3A", StringComparison.Ordinal)) >= 2);

        var alice = Assert.Single(Connector.Sent("POST"), r => r.Path == "/teams/v3/conversations/a%3Aalice-chat/activities");
        var aliceText = BotHarness.Text(alice.Cards().Single());
        Assert.Contains("God mandag! Din uge i OS2mo", aliceText, StringComparison.Ordinal);
        Assert.Contains("Forbered og følg op på styregruppens arbejde", aliceText, StringComparison.Ordinal);
        var created = Assert.Single(Connector.Sent("POST"), r => r.Path == "/teams/v3/conversations");
        Assert.Equal("29:aad-bob", created.Json!["members"]![0]!["id"]!.GetValue<string>());
        var bob = Assert.Single(Connector.Sent("POST"), r => r.Path.StartsWith("/teams/v3/conversations/a%3Aconversation-", StringComparison.Ordinal));
        Assert.Contains("B-2026-001 · Fælles testmiljø", BotHarness.Text(bob.Cards().Single()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_day_before_the_deadline_those_who_have_not_voted_are_reminded_once_in_their_own_language()
    {
        await Harness.PressAsync(CardVerbs.ProposeDecision, new JsonObject
        {
            ["lang"] = "da", ["title"] = "Hastesag", ["type"] = "Operational", ["body"] = "SteeringGroup",
            ["context"] = "Kort frist.", ["proposal"] = "Vi gør det.", ["deadlineDate"] = "2026-12-02", ["deadlineTime"] = "12:00",
            ["rule"] = "ProposerRecords", ["participation"] = "0",
        });
        await Harness.PressAsync(CardVerbs.Vote, new JsonObject { ["decision"] = "B-2026-001", ["choice"] = "Approve" }, aad: "aad-bob", name: "Bob");
        var reminder = Harness.Bot.Services.GetServices<IScheduledJob>().OfType<DecisionReminderJob>().Single();
        await Service<PersonalConversationStore>().UpdateAsync(ActivityBuilder.TenantId, "aad-carl",
            c => c! with { ChosenLanguage = "en" }, default);

        Time.SetUtcNow(DateTimeOffset.Parse("2026-12-01T12:00:00Z", CultureInfo.InvariantCulture));
        await reminder.RunAsync(Time.GetUtcNow(), default);
        await reminder.RunAsync(Time.GetUtcNow().AddHours(1), default);
        await DeliverUntilAsync(() => Connector.Sent("POST").Any(r => r.Path == "/teams/v3/conversations/a%3Acarl-chat/activities"));

        // Carl has not voted and chose English ("sprog english"); Bob has voted.
        var sent = Assert.Single(Connector.Sent("POST"), r => r.Path.StartsWith("/teams/v3/conversations/a%3A", StringComparison.Ordinal));
        Assert.Equal("/teams/v3/conversations/a%3Acarl-chat/activities", sent.Path);
        Assert.Contains("You have not voted on \"Hastesag\".", BotHarness.Text(sent.Cards().Single()), StringComparison.Ordinal);
    }

    /// <summary>Delivers the outbox until <paramref name="arrived"/> holds, then once more so that a duplicate would show.</summary>
    private async Task DeliverUntilAsync(Func<bool> arrived)
    {
        await Eventually.TrueAsync(async () =>
        {
            await DrainOutboxAsync();
            return arrived();
        }, "the expected messages to be sent");
        await DrainOutboxAsync();
    }

    /// <summary>Delivers the outbox until nothing in it is pending or in flight.</summary>
    private Task DrainOutboxAsync()
    {
        var sender = Service<OutboxSender>();
        var outbox = Service<CoordinatorBot.Storage.Outbox.OutboxStore>();
        return Eventually.TrueAsync(async () =>
        {
            await sender.DeliverDueAsync(default);
            var counts = await outbox.CountAsync(default);
            return counts[CoordinatorBot.Storage.Outbox.OutboxStatus.Pending] + counts[CoordinatorBot.Storage.Outbox.OutboxStatus.InFlight] == 0;
        }, "the outbox to be delivered");
    }

    [Fact]
    public async Task A_person_pauses_resumes_goes_away_and_opts_out_of_the_nudges()
    {
        var store = Service<TaskStore>();

        Assert.Equal("Dine påmindelser er sat på pause. Skriv »nudge genoptag« for at få dem igen.", (await Harness.SayAsync("nudge pause")).Text);
        Assert.True((await store.PreferenceAsync(TeamId, "aad-alice", default)).Paused);
        Assert.Equal("Du får dine påmindelser igen.", (await Harness.SayAsync("nudge genoptag")).Text);
        Assert.Equal("Du får ingen påmindelser til og med 31. december 2026.", (await Harness.SayAsync("nudge ferie 31.12.2026")).Text);
        // In the team the community's language answers, whatever the message's locale.
        Assert.Equal("Du får ikke længere påmindelser. Skriv »nudge til« for at få dem igen.", (await Harness.SayAsync("nudge off", locale: "en-US")).Text);
        var preference = await store.PreferenceAsync(TeamId, "aad-alice", default);
        Assert.Equal((false, new DateOnly(2026, 12, 31), true), (preference.Paused, preference.AwayUntil, preference.OptedOut));
    }
}
