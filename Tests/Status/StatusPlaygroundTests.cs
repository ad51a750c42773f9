using CoordinatorBot.Tests.EndToEnd;
using SkiaSharp;
using static CoordinatorBot.Tests.EndToEnd.PlaygroundClient;

namespace CoordinatorBot.Tests.Status;

/// <summary>
/// A coordinator preparing a steering-group meeting in the Agents Playground: the status report composed, marked and
/// published in the channel, and its chart fetched through the link on the card.
/// </summary>
[Collection(PlaygroundCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed partial class StatusPlaygroundTests(PlaygroundFixture fixture)
{
    private PlaygroundClient Playground => fixture.Playground;

    [Fact]
    public async Task The_coordinator_composes_marks_and_publishes_a_status_report_whose_chart_opens_from_the_card()
    {
        var (setupThread, setup) = await fixture.SetUpCommunityAsync();

        // A MUST task due today: a community set up at the weekend has no MUST hours in its first week, and no chart for them.
        var today = CoordinatorBot.Domain.Communities.CommunityClock.Of("Europe/Copenhagen").Today(DateTimeOffset.UtcNow);
        await fixture.Bot.Services.GetRequiredService<CoordinatorBot.Storage.Priorities.TaskStore>().SaveAsync(PlaygroundClient.TeamId,
            new CoordinatorBot.Domain.Priorities.CoordinatorTask("playground-must", null, "Forbered styregruppemødet",
                CoordinatorBot.Domain.Priorities.MoscowClass.Must, 3, CoordinatorBot.Domain.Priorities.Recurrence.Once, today), default);

        // The draft, with the coordinator's MUST work as a chart.
        var thread = await Playground.SayAsync(PlaygroundClient.TeamId, "status", mentionBot: true);
        var draft = await Playground.NextBotMessageAsync(m => BotHarness.Text(m.Card).Contains("Statusrapport (kladde)", StringComparison.Ordinal));
        Assert.Contains("Koordinatorens MUST-opgaver", BotHarness.Text(draft.Card), StringComparison.Ordinal);

        var why = $"Leverandøren mangler en udvikler {Guid.NewGuid().ToString("N")[..6]}";
        var answer = await Playground.PressAsync(thread, draft.Id, Execute(CardVerbs.StatusPublish, new JsonObject
        {
            [StatusReportCard.MarkInput] = "AtRisk", [StatusReportCard.WhyInput] = why,
        }));
        Assert.Matches(Number(), BotHarness.Text(answer["value"]));

        // Posted in the channel as a new message, with its number, the mark and the line why.
        var posted = await Playground.NextBotMessageAsync(m => m.Action == "createMessage" && BotHarness.Text(m.Card).Contains(why, StringComparison.Ordinal));
        var text = BotHarness.Text(posted.Card);
        Assert.Matches(Number(), text);
        Assert.Contains("I risiko", text, StringComparison.Ordinal);

        var image = Images(posted.Card!).First(i => i.Url.Contains("chart=MustHours", StringComparison.Ordinal));
        Assert.Matches(@"uge \d+ \d+", image.Alt);
        using var http = new HttpClient();
        var response = await http.GetAsync(new Uri(image.Url));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var bitmap = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((800, 400), (bitmap.Width, bitmap.Height));
    }

    private static IEnumerable<(string Url, string Alt)> Images(JsonNode node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Image" => [(o["url"]!.GetValue<string>(), o["altText"]!.GetValue<string>())],
        JsonObject o => o.Select(p => p.Value).OfType<JsonNode>().SelectMany(Images),
        JsonArray a => a.OfType<JsonNode>().SelectMany(Images),
        _ => [],
    };

    [GeneratedRegex(@"Statusrapport S-\d{4}-\d{2}")]
    private static partial Regex Number();
}
