namespace CoordinatorBot.Tests.Conversation;

/// <summary>
/// A guided dialog in a team's channel through the whole bot (Azurite, a local connector): answered in its thread or as
/// a new post by the same person, and each answered card made read-only for everyone.
/// </summary>
[Trait("Category", "Integration")]
public sealed class DialogInChannelTests() : ClockedBotFeatureTests
{
    protected override async Task SetUpAsync()
    {
        Connector.Roster.AddRange([("aad-alice", "Alice"), ("aad-bob", "Bob")]);
        await Harness.SetUpCommunityAsync();
    }

    [Fact]
    public async Task The_question_card_says_to_answer_in_the_thread_or_as_a_new_post_mentioning_the_bot()
    {
        var prompt = await PostAsync("onboarding ny", thread: "100");

        Assert.Contains("Du kan også skrive svaret her i tråden eller som et nyt opslag i kanalen; nævn @CoordinatorBot",
            Said(prompt), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_post_by_the_same_person_answers_and_the_card_that_asked_becomes_a_read_only_summary()
    {
        var prompt = await PostAsync("onboarding ny", thread: "100");
        var promptId = Connector.AnsweredId(prompt);

        var next = await PostAsync("Arhus", thread: "200");

        Assert.Contains("Hvilken medlemsmodel?", Said(next), StringComparison.Ordinal);
        // The next question is a reply to the new post, in its own thread.
        Assert.Contains(Uri.EscapeDataString($"{ActivityBuilder.TeamId};messageid=200"), next.Path, StringComparison.Ordinal);
        var update = Assert.Single(Connector.Sent("PUT"), r => r.Path.EndsWith($"/activities/{promptId}", StringComparison.Ordinal));
        Assert.Contains(Uri.EscapeDataString($"{ActivityBuilder.TeamId};messageid=100"), update.Path, StringComparison.Ordinal);
        var summary = Assert.Single(update.Cards());
        Assert.Contains("Kommune: Aarhus Kommune ✓", BotHarness.Text(summary), StringComparison.Ordinal);
        Assert.DoesNotContain("\"Action.", summary.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"Input.", summary.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_persons_post_or_a_post_in_another_channel_is_never_taken_as_the_answer()
    {
        await PostAsync("onboarding ny", thread: "100");

        var bobs = await PostAsync("Aarhus", thread: "300", aad: "aad-bob", name: "Bob");
        var elsewhere = await PostAsync("Aarhus", thread: "400", channel: "19:other-channel@thread.tacv2");

        Assert.Contains("Den kommando kender jeg ikke", Said(bobs), StringComparison.Ordinal);
        Assert.DoesNotContain("Hvilken medlemsmodel?", Said(elsewhere), StringComparison.Ordinal);
        Assert.Empty(Connector.Sent("PUT"));
        Assert.Contains("Hvilken medlemsmodel?", Said(await PostAsync("Aarhus", thread: "500")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_in_a_new_post_turns_the_last_live_card_read_only_and_says_so_below()
    {
        var prompt = await PostAsync("onboarding ny", thread: "100");
        var promptId = Connector.AnsweredId(prompt);

        var cancelled = await PostAsync("annullér", thread: "200");

        Assert.Equal("Dialogen er annulleret. Intet er gemt.", cancelled.Text);
        var update = Assert.Single(Connector.Sent("PUT"), r => r.Path.EndsWith($"/activities/{promptId}", StringComparison.Ordinal));
        Assert.DoesNotContain("\"Action.", update.Body, StringComparison.Ordinal);
        Assert.Contains("Den kommando kender jeg ikke", Said(await PostAsync("Aarhus", thread: "300")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Starting_the_dialog_again_from_a_button_replaces_the_open_one_and_its_card_turns_read_only()
    {
        var prompt = await PostAsync("onboarding ny", thread: "100");
        var promptId = Connector.AnsweredId(prompt);

        var pressed = await Harness.PressAsync(CardVerbs.RunCommand, new JsonObject { [CardVerbs.CommandKey] = CommandIds.OnboardingNew, ["lang"] = "da" });

        Assert.Equal("Svaret står i tråden.", pressed["value"]!.GetValue<string>());
        var update = Assert.Single(Connector.Sent("PUT"), r => r.Path.EndsWith($"/activities/{promptId}", StringComparison.Ordinal));
        Assert.Contains("Erstattet af en ny dialog.", BotHarness.Text(Assert.Single(update.Cards())), StringComparison.Ordinal);
        Assert.DoesNotContain("\"Action.", update.Body, StringComparison.Ordinal);
        Assert.Contains("Trin 1 af 6", BotHarness.Text(Connector.PostedCards().Last()), StringComparison.Ordinal);
    }

    /// <summary>
    /// A message in a channel: <paramref name="thread"/> is the root of its thread, so a new post is a thread of its own
    /// (Teams gives it "…;messageid=&lt;its id&gt;"). Returns the bot's answer to it.
    /// </summary>
    private async Task<RecordedRequest> PostAsync(string text, string thread, string aad = "aad-alice", string name = "Alice",
        string channel = ActivityBuilder.TeamId)
    {
        Time.Advance(TimeSpan.FromSeconds(1));
        var before = Connector.Requests.Count;
        var activity = ActivityBuilder.ChannelMessage(Harness.ServiceUrl, text, aad, name);
        activity["id"] = thread;
        activity["conversation"]!["id"] = $"{channel};messageid={thread}";
        activity["channelData"]!["channel"] = new JsonObject { ["id"] = channel };
        var response = await Harness.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Connector.Requests.Skip(before).Last(r => r.Method == "POST" && r.Path.Contains("/activities/", StringComparison.Ordinal));
    }

    private static string Said(RecordedRequest reply) => reply.Text ?? BotHarness.Text(reply.Cards().Single());
}
