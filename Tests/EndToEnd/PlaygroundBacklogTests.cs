using static CoordinatorBot.Tests.EndToEnd.PlaygroundClient;

namespace CoordinatorBot.Tests.EndToEnd;

/// <summary>
/// The backlog as the coordination group would use it through the Agents Playground: Megan (Aarhus) raises a wish;
/// Alex, the coordinator who also speaks for Odense, writes the same wish in other words, is shown it and supports it
/// instead; Alex triages it beyond the budget and sends it to the steering group; Megan and Adele accept; the supplier
/// moves it to delivered.
/// </summary>
[Collection(PlaygroundCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed partial class PlaygroundBacklogTests(PlaygroundFixture fixture)
{
    private PlaygroundClient Playground => fixture.Playground;
    private BacklogStore Backlog => fixture.Bot.Services.GetRequiredService<BacklogStore>();

    [Fact]
    public async Task A_wish_is_raised_supported_instead_triaged_escalated_accepted_and_delivered()
    {
        var (thread, card) = await SetUpAsync();
        string Aad(int user) => Playground.User(user)["aadObjectId"]!.GetValue<string>();
        (int User, string Role, string Key, string Value)[] roles =
        [
            (0, "Municipality", "municipality", "Odense Kommune"), (1, "Municipality", "municipality", "Aarhus Kommune"),
            (1, "SteeringGroup", "x", "x"), (2, "SteeringGroup", "x", "x"), (3, "Supplier", "supplier", "Magenta ApS"),
        ];
        foreach (var (user, role, key, value) in roles)
        {
            await Playground.PressAsync(thread, card, Execute(CardVerbs.AssignRole, new JsonObject { ["person"] = Aad(user), ["role"] = role, [key] = value }));
        }

        // Megan raises the wish (her municipality comes from her role).
        await Playground.SendActivityAsync(Playground.ActivityFrom(1, thread, replyToId: card, action: Execute(CardVerbs.WishSave, new JsonObject
        {
            [WishForm.TitleInput] = "Login med MitID", [WishForm.NeedInput] = "Som borger ønsker jeg at logge ind med MitID, så jeg slipper for adgangskoder.",
            [WishForm.ImportanceInput] = "High",
        })));
        var wish = await Eventually.FoundAsync(async () => (await Backlog.LoadAsync(PlaygroundClient.TeamId, default)).Wishes
            .FirstOrDefault(w => w.Title == "Login med MitID" && w.IsOpen), "Megan's wish to be saved");
        Assert.Equal("Aarhus", wish.Municipality);

        // Alex writes it again as "mitid-login": the bot shows Megan's wish; Alex presses "Støt i stedet" on it.
        var alike = await Playground.PressAsync(thread, card, Execute(CardVerbs.WishSave, new JsonObject
        {
            [WishForm.TitleInput] = "mitid-login", [WishForm.NeedInput] = "Borgerne vil bruge MitID.", [WishForm.ImportanceInput] = "Medium",
        }));
        Assert.Contains("Der findes ønsker, der ligner.", BotHarness.Text(alike["value"]), StringComparison.Ordinal);
        var instead = Actions(alike["value"]).First(a => a["title"]?.GetValue<string>() == "Støt i stedet");
        var supported = await Playground.PressAsync(thread, card, instead.DeepClone().AsObject());
        Assert.Contains($"Odense Kommune støtter nu ønske #{wish.Number}.", BotHarness.Text(supported["value"]), StringComparison.Ordinal);

        // Alex (coordinator) accepts it: 400 hours, beyond the coordination group's 10 hours a quarter.
        var number = wish.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var accepted = await Playground.PressAsync(thread, card, Execute(CardVerbs.WishAccept, new JsonObject
        {
            ["wish"] = number, [$"moscow.{number}"] = "Must", [$"hours.{number}"] = "400", [$"supplier.{number}"] = "Magenta ApS",
            [$"criteria.{number}"] = "Borgeren kan logge ind med MitID",
        }));
        Assert.Contains("skal til styregruppen", BotHarness.Text(accepted["value"]), StringComparison.Ordinal);

        var escalated = await Playground.PressAsync(thread, card, Execute(CardVerbs.ItemEscalate, new JsonObject { ["item"] = number }));
        var decision = DecisionNumber().Match(BotHarness.Text(escalated["value"])).Value;
        Assert.NotEmpty(decision);
        var shared = await Playground.NextBotMessageAsync(m => m.Action == "createMessage" &&
            BotHarness.Text(m.Card).Contains($"{decision} · Backlog #{number}", StringComparison.Ordinal));
        var cardThread = $"{PlaygroundClient.TeamId};messageid={shared.Id}";
        foreach (var user in new[] { 1, 2 })
        {
            await Playground.SendActivityAsync(Playground.ActivityFrom(user, cardThread, replyToId: shared.Id,
                action: Execute(CardVerbs.Vote, new JsonObject { ["decision"] = decision, ["choice"] = "Approve" })));
        }

        await Eventually.TrueAsync(async () => (await Backlog.GetItemAsync(PlaygroundClient.TeamId, wish.Number, default))?.Status == ItemStatus.Prioritised,
            "the steering group's acceptance to prioritise the item");

        // The supplier moves it along to delivered, ticking the criterion.
        foreach (var (status, criterion) in new[] { ("InProgress", "false"), ("InTest", "false"), ("Delivered", "true") })
        {
            await Playground.SendActivityAsync(Playground.ActivityFrom(3, thread, replyToId: card, action: Execute(CardVerbs.ItemMove, new JsonObject
            {
                ["item"] = number, ["status"] = status, ["criterion.0"] = criterion,
            })));
            await Eventually.TrueAsync(async () => (await Backlog.GetItemAsync(PlaygroundClient.TeamId, wish.Number, default))?.Status.ToString() == status,
                $"the supplier's move to {status}");
        }

        var item = await Backlog.GetItemAsync(PlaygroundClient.TeamId, wish.Number, default);
        Assert.Equal((ItemStatus.Delivered, decision), (item!.Status, item.DecisionNumber));
        Assert.All(item.Criteria, c => Assert.True(c.Met));
    }

    /// <summary>Alex installs the bot and saves the setup with a backlog budget of 10 hours a quarter; the thread and the setup card.</summary>
    private async Task<(string Thread, string Card)> SetUpAsync()
    {
        await fixture.InstallAsync();
        var thread = await Playground.SayAsync(PlaygroundClient.TeamId, "opsætning", mentionBot: true);
        var card = await Playground.NextBotMessageAsync(m => BotHarness.Text(m.Card).Contains("Produktets navn", StringComparison.Ordinal));
        var saved = await Playground.PressAsync(thread, card.Id, Execute(CardVerbs.SaveSetup, new JsonObject
        {
            ["productName"] = "OS2mo", ["timeZone"] = "Europe/Copenhagen", ["hourBudget"] = "10",
            ["steeringRule"] = "SimpleMajority", ["coordinationRule"] = "SimpleMajority", ["participation"] = "0",
            [SetupCard.BacklogHoursInput] = "10", [SetupCard.BacklogPeriodInput] = "Quarter", [SetupCard.SupportThresholdInput] = "2",
        }));
        Assert.Contains("Backlog-budget: 10 timer pr. kvartal.", BotHarness.Text(saved["value"]), StringComparison.Ordinal);
        return (thread, card.Id);
    }

    [GeneratedRegex(@"B-\d{4}-\d{3}")]
    private static partial Regex DecisionNumber();
}
