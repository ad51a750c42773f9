using CoordinatorBot.Tests.Backlog;
using CoordinatorBot.Tests.Onboarding;

namespace CoordinatorBot.Tests.Status;

/// <summary>
/// A community's first status report through the running bot, composed on the day it was set up: it covers the days
/// the community existed and no more, every figure says what it counts, empty parts say so or are left out, a
/// municipality is named once, and the coordinator sees what goes to the channel before it goes.
/// </summary>
[Trait("Category", "Integration")]
// Thursday 10 December 2026, 10.00 in Copenhagen.
public sealed class StatusFirstReportTests()
    : ClockedBotFeatureTests(DateTimeOffset.Parse("2026-12-10T09:00:00Z", CultureInfo.InvariantCulture), hostedScheduler: false)
{
    protected override Task SetUpAsync() => BacklogPeople.SetUpAsync(Harness, budgetHours: "400");

    [Fact]
    public async Task The_first_report_covers_the_days_the_community_existed_in_words_and_is_previewed_before_it_goes_to_the_channel()
    {
        foreach (var title in new[] { "Login med MitID", "Mørk tilstand", "Fravær pr. afdeling" })
        {
            await Harness.PressAsync(CardVerbs.WishSave, BacklogPeople.Wish(title), "aad-ida", "Ida");
        }

        await Harness.PressAsync(CardVerbs.WishAccept, new JsonObject
        {
            ["wish"] = "1", ["moscow.1"] = "Must", ["hours.1"] = "40", ["supplier.1"] = "Magenta ApS", ["criteria.1"] = "Borgeren kan logge ind",
        }, "aad-kim", "Kim");
        var onboarding = OnboardingChecklist.Create("odense-20261210", ChecklistTemplate.Default,
            OnboardingChecklistTests.Details() with { Municipality = "Odense" }, new DateOnly(2026, 12, 10), "Alice", Time.GetUtcNow());
        await Harness.Service<OnboardingStore>().AddAsync(ActivityBuilder.TeamId, onboarding, default);

        var draft = (await Harness.SayAsync("status")).Cards().Single();
        var text = BotHarness.Text(draft);

        // The period starts the day the community was set up, not 30 days before; the work covers its one week.
        Assert.Contains("Periode: 10. december 2026 – 10. december 2026", text, StringComparison.Ordinal);
        Assert.Contains("på 1 uge mod 10 timer om ugen; ingen uger over budgettet.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("6 uger", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" 0 timer", text, StringComparison.Ordinal);

        // Every figure with its words, nothing shown as "–".
        Assert.Contains("3 nye ønsker i perioden.", text, StringComparison.Ordinal);
        Assert.Contains("1 punkt · estimeret 40 timer", text, StringComparison.Ordinal);
        Assert.Contains("1 punkt med status Ny", text, StringComparison.Ordinal);
        Assert.Contains("Intet prioriteret endnu.", text, StringComparison.Ordinal);
        Assert.Contains("Ingen beslutninger taget eller åbne i perioden.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ny: 1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("–.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("estimeret –", text, StringComparison.Ordinal);
        Assert.DoesNotContain("SHOULD", text, StringComparison.Ordinal); // a class without items is left out
        Assert.Matches("Mest støttede åbne ønsker: #\\d", text);

        // The municipality once, by its official name; its line says how far it is.
        var fact = Facts(draft).Single(f => f.Title.Contains("Odense", StringComparison.Ordinal));
        Assert.Equal("Odense Kommune", fact.Title);
        Assert.DoesNotContain("Odense", fact.Value, StringComparison.Ordinal);
        Assert.StartsWith("1 af 7 trin udført", fact.Value, StringComparison.Ordinal);

        // The draft offers a preview, not a publish; the preview posts nothing and says where it goes.
        Assert.DoesNotContain(Buttons(draft), b => b.Verb == CardVerbs.StatusPublish);
        var before = Harness.Connector.Requests.Count;
        var preview = (await Harness.PressAsync(CardVerbs.StatusPreview, new JsonObject
        {
            ["lang"] = "da", [StatusReportCard.MarkInput] = "OnTrack", [StatusReportCard.WhyInput] = "Godt i gang.",
        }))["value"]!;
        Assert.Contains("Statusrapport (forhåndsvisning)", BotHarness.Text(preview), StringComparison.Ordinal);
        Assert.Contains("sådan sendes rapporten i kanalen", BotHarness.Text(preview), StringComparison.Ordinal);
        Assert.Contains("På sporet", BotHarness.Text(preview), StringComparison.Ordinal);
        Assert.DoesNotContain(Harness.Connector.Requests.Skip(before), r => r.Method == "POST" && r.Cards().Any());
        Assert.Empty(await Harness.Service<StatusStore>().ListAsync(ActivityBuilder.TeamId, default));

        var publish = Buttons(preview).Single(b => b.Verb == CardVerbs.StatusPublish);
        var published = await Harness.PressAsync(publish.Verb, publish.Data);
        Assert.Contains("Statusrapport S-2026-01", BotHarness.Text(published), StringComparison.Ordinal);
        var posted = Harness.Connector.Requests.Skip(before).Single(r => r.Method == "POST" && r.Cards().Any());
        Assert.Contains("Godt i gang.", BotHarness.Text(posted.Cards().Single()), StringComparison.Ordinal);
    }

    private static List<(string Title, string Value)> Facts(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "FactSet" =>
            [.. o["facts"]!.AsArray().Select(f => (f!["title"]!.GetValue<string>(), f["value"]!.GetValue<string>()))],
        JsonObject o => [.. o.Select(p => p.Value).SelectMany(Facts)],
        JsonArray a => [.. a.SelectMany(Facts)],
        _ => [],
    };

    private static List<(string Verb, JsonObject Data)> Buttons(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Action.Execute" => [(o["verb"]!.GetValue<string>(), (JsonObject)o["data"]!.DeepClone())],
        JsonObject o => [.. o.Select(p => p.Value).SelectMany(Buttons)],
        JsonArray a => [.. a.SelectMany(Buttons)],
        _ => [],
    };
}
