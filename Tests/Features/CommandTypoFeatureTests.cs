using CoordinatorBot.Tests.Trust;

namespace CoordinatorBot.Tests.Features;

/// <summary>
/// A mistyped command in a channel gets one short line and the closest commands as buttons — a command's own word
/// without the command ("ferie 3. januar 2027") and the words after a typo included — not the whole help card.
/// </summary>
[Trait("Category", "Integration")]
public sealed class CommandTypoFeatureTests() : BotFeatureTests(hostedScheduler: false)
{
    protected override Task SetUpAsync() => Harness.SetUpCommunityAsync();

    [Fact]
    public async Task A_nudge_word_without_nudge_is_offered_as_the_nudge_with_its_date_and_the_button_runs_it()
    {
        var card = (await Harness.SayAsync("ferie 3. januar 2027")).Cards().Single();

        var text = BotHarness.Text(card);
        Assert.Contains("Den kommando kender jeg ikke. Mente du »nudge ferie«?", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Det kan jeg hjælpe med", text, StringComparison.Ordinal);
        var buttons = Buttons(card);
        Assert.Equal(["nudge ferie 3. januar 2027", "Se kommandoer"], buttons.Select(b => b["title"]!.GetValue<string>()));

        var answer = await Harness.PressAsync(CardVerbs.RunCommand, (JsonObject)buttons[0]["data"]!.DeepClone());

        Assert.Equal("Du får ingen påmindelser til og med 3. januar 2027.", TrustActivities.Read(answer));
        var preference = await Service<TaskStore>().PreferenceAsync(Support.ActivityBuilder.TeamId, "aad-alice", default);
        Assert.Equal(new DateOnly(2027, 1, 3), preference.AwayUntil);
    }

    [Fact]
    public async Task A_typo_of_a_command_is_offered_with_the_words_after_it()
    {
        var card = (await Harness.SayAsync("beslutnnger arkitektur")).Cards().Single();

        Assert.Contains("Den kommando kender jeg ikke. Mente du »beslutninger«", BotHarness.Text(card), StringComparison.Ordinal);
        var button = Buttons(card)[0];
        Assert.Equal("beslutninger arkitektur", button["title"]!.GetValue<string>());
        var log = await Harness.PressAsync(CardVerbs.RunCommand, (JsonObject)button["data"]!.DeepClone());
        Assert.Contains("Beslutningslog", BotHarness.Text(log["value"]), StringComparison.Ordinal);
        Assert.Contains("arkitektur", BotHarness.Text(log["value"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_near_no_command_gets_a_short_line_and_a_way_to_every_command()
    {
        var card = (await Harness.SayAsync("hvad er klokken")).Cards().Single();

        Assert.Contains("Den kommando kender jeg ikke: »hvad er klokken«. Skriv »hjælp« for at se, hvad jeg kan.", BotHarness.Text(card),
            StringComparison.Ordinal);
        Assert.Equal(["Se kommandoer"], Buttons(card).Select(b => b["title"]!.GetValue<string>()));
    }

    private static List<JsonObject> Buttons(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Action.Execute" => [o],
        JsonObject o => [.. o.Select(p => p.Value).SelectMany(Buttons)],
        JsonArray a => [.. a.SelectMany(Buttons)],
        _ => [],
    };
}
