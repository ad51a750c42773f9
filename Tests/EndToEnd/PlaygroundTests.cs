using System.Text.Json.Nodes;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Tests.Features;
using CoordinatorBot.Tests.Support;

namespace CoordinatorBot.Tests.EndToEnd;

/// <summary>The real bot (Development, Azurite) chatting through the Microsoft 365 Agents Playground.</summary>
public sealed class PlaygroundFixture : IAsyncLifetime
{
    public BotHost Bot { get; private set; } = null!;
    public PlaygroundClient Playground { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Bot = await BotHost.StartAsync(port: TestSettings.BotPort);
        Playground = await PlaygroundClient.ConnectAsync(TestSettings.Playground);
    }

    public async Task DisposeAsync()
    {
        await Playground.DisposeAsync();
        await Bot.DisposeAsync();
    }
}

[Collection(PlaygroundCollection.Name)]
public sealed class PlaygroundTests(PlaygroundFixture fixture)
{
    private PlaygroundClient Playground => fixture.Playground;

    [Fact]
    public async Task Installing_the_bot_in_the_team_posts_the_Danish_welcome_card_and_its_button_replaces_the_card()
    {
        await Playground.SendEventAsync(PlaygroundClient.TeamId, "install");

        var welcome = await Playground.NextBotMessageAsync(m => m.ConversationId.StartsWith(PlaygroundClient.TeamId, StringComparison.Ordinal));
        var text = BotHarness.Text(welcome.Card);
        Assert.Contains("Hej! Jeg er CoordinatorBot", text, StringComparison.Ordinal);
        Assert.Equal("da", welcome.Card!["lang"]!.GetValue<string>());

        // Press "Opsætning" on the welcome card: the setup form comes back to replace the card in place.
        var button = welcome.Card["actions"]!.AsArray().First(a => a!["data"]!["command"]!.GetValue<string>() == CommandIds.Setup)!;
        var thread = $"{PlaygroundClient.TeamId};messageid={welcome.Id}";
        var response = await Playground.PressAsync(thread, welcome.Id, button.DeepClone().AsObject());

        Assert.Equal("application/vnd.microsoft.card.adaptive", response["type"]!.GetValue<string>());
        Assert.Contains("Opsætning af fællesskabet", BotHarness.Text(response["value"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hjælp", "Det kan jeg hjælpe med")]
    [InlineData("help", "What I can help with")]
    [InlineData("hepl", "Did you mean \"help\"?")]
    public async Task The_personal_chat_answers_help_in_the_words_language_and_suggests_for_a_typo(string typed, string expected)
    {
        var chat = await Playground.PersonalChatIdAsync();
        await Playground.SayAsync(chat, typed);

        var reply = await Playground.NextBotMessageAsync(m => m.ConversationId == chat);
        Assert.Contains(expected, BotHarness.Text(reply.Card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_the_team_channel_setup_is_saved_from_its_card_and_roles_are_listed_for_another_member()
    {
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
        var megan = Playground.Config["config"]!["users"]![0]!;
        await Playground.SendActivityAsync(new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString(),
            ["text"] = "roller",
            ["locale"] = "da-DK",
            ["channelId"] = "msteams",
            ["serviceUrl"] = $"{TestSettings.Playground.ToString().TrimEnd('/')}/_connector",
            ["from"] = new JsonObject
            {
                ["id"] = megan["id"]!.GetValue<string>(), ["name"] = megan["name"]!.GetValue<string>(),
                ["aadObjectId"] = megan["aadObjectId"]!.GetValue<string>(),
            },
            ["recipient"] = new JsonObject { ["id"] = Playground.BotId, ["name"] = "Test Bot" },
            ["conversation"] = new JsonObject { ["id"] = thread, ["conversationType"] = "channel", ["isGroup"] = true },
            ["channelData"] = new JsonObject
            {
                ["tenant"] = new JsonObject { ["id"] = Playground.Config["config"]!["tenantId"]!.GetValue<string>() },
                ["team"] = new JsonObject { ["id"] = PlaygroundClient.TeamId },
            },
        });

        var roles = await Playground.NextBotMessageAsync(m => BotHarness.Text(m.Card).Contains("Roller i OS2valghalla", StringComparison.Ordinal));
        var text = BotHarness.Text(roles.Card);
        Assert.Contains("Alex Wilber", text, StringComparison.Ordinal);
        Assert.Contains("Kun koordinatoren kan ændre roller.", text, StringComparison.Ordinal);
    }
}
