using CoordinatorBot.Tests.Backlog;

namespace CoordinatorBot.Tests.Releases;

/// <summary>
/// Releases through the running bot: the coordinator enters one, it is announced in the channel and told to the
/// people who asked for its items; the supplier marks delivered items; the list sorts as people read versions; a
/// version twice is refused; people without the role are refused; the export links releases, items and decisions.
/// </summary>
[Trait("Category", "Integration")]
public sealed partial class ReleasesFeatureTests() : ClockedBotFeatureTests(
    DateTimeOffset.Parse("2026-12-04T09:00:00Z", CultureInfo.InvariantCulture), hostedScheduler: false)
{
    private OutboxStore Outbox => Harness.Bot.Services.GetRequiredService<OutboxStore>();
    private BacklogStore Backlog => Harness.Bot.Services.GetRequiredService<BacklogStore>();

    protected override Task SetUpAsync() => BacklogPeople.SetUpAsync(Harness);

    private static JsonObject Form(string version, string summary = "Login med MitID og rettelser", string date = "2026-12-03", string decisions = "") => new()
    {
        [ReleaseForm.VersionInput] = version, [ReleaseForm.DateInput] = date, [ReleaseForm.SummaryInput] = summary,
        [ReleaseForm.NotesInput] = "=HYPERLINK(\"x\")", [ReleaseForm.DecisionsInput] = decisions,
    };

    private static string Text(JsonNode answer) =>
        answer["value"] is JsonValue line && line.GetValueKind() == System.Text.Json.JsonValueKind.String ? line.GetValue<string>() : BotHarness.Text(answer["value"]);

    [Fact]
    public async Task The_supplier_marks_a_delivered_item_and_the_coordinators_release_announces_it_with_municipalities_counted_not_named()
    {
        await ReleasePeople.AddItemAsync(Harness, 1, "Login med MitID");
        await ReleasePeople.AddItemAsync(Harness, 2, "Mørk tilstand", supplier: "Netcompany");

        // Waiting for a release: both are listed so; Lis of Magenta is offered her own item only.
        var list = await Harness.SayAsync("versioner", "aad-lis", "Lis");
        var card = BotHarness.Text(list.Cards().Single());
        Assert.Contains("Leveret, venter på en version", card, StringComparison.Ordinal);
        Assert.Contains("#1 Login med MitID", card, StringComparison.Ordinal);
        Assert.Contains("#2 Mørk tilstand", card, StringComparison.Ordinal);
        var choices = list.Cards().Single()["body"]!.AsArray().Single(e => (string?)e!["id"] == ReleaseListCard.MarkItemsInput)!["choices"]!.AsArray();
        Assert.Equal(["1"], choices.Select(c => (string)c!["value"]!));

        // Nils of Netcompany may not mark Magenta's item; Lis marks it for the coming 3.10.0.
        var other = await Harness.PressAsync(CardVerbs.ReleaseMark, new JsonObject { ["items"] = "1", ["version"] = "3.10.0" }, "aad-nils", "Nils");
        Assert.Contains("leveres af Magenta ApS", Text(other), StringComparison.Ordinal);
        var marked = await Harness.PressAsync(CardVerbs.ReleaseMark, new JsonObject { ["items"] = "1", ["version"] = "3.10.0" }, "aad-lis", "Lis");
        Assert.Contains("#1 er markeret som leveret i version 3.10.0", Text(marked), StringComparison.Ordinal);
        Assert.Equal("3.10.0", (await Backlog.GetItemAsync(TeamId, 1, default))!.ReleaseVersion);
        var again = await Harness.PressAsync(CardVerbs.ReleaseMark, new JsonObject { ["items"] = "1", ["version"] = "3.11.0" }, "aad-lis", "Lis");
        Assert.Contains("har allerede en version", Text(again), StringComparison.Ordinal);

        // The coordinator enters 3.9.1 and then 3.10.0; the new one is posted in the channel with its item.
        Assert.Contains("Version 3.9.1 er gemt", Text(await Harness.PressAsync(CardVerbs.ReleaseSave, Form("3.9.1", "Rettelser", "2026-11-20"))),
            StringComparison.Ordinal);
        Assert.Contains("Version 3.10.0 er gemt", Text(await Harness.PressAsync(CardVerbs.ReleaseSave, Form("3.10.0"))), StringComparison.Ordinal);
        var post = await Outbox.GetAsync($"release|{TeamId}|3.10", default);
        Assert.NotNull(post);
        Assert.Contains("Version 3.10.0 af OS2mo er udgivet", post.ActivityJson, StringComparison.Ordinal);
        Assert.Contains("#1 Login med MitID (ønsket af 2 kommuner)", post.ActivityJson, StringComparison.Ordinal);
        Assert.DoesNotContain("Ida", post.ActivityJson, StringComparison.Ordinal);

        // Ida raised it, Ole's Odense supported it: each told in their chat; Vera of Vejle is not.
        Assert.NotNull(await Outbox.GetAsync($"release|{TeamId}|3.10|item|1|aad-ida", default));
        Assert.NotNull(await Outbox.GetAsync($"release|{TeamId}|3.10|item|1|aad-ole", default));
        Assert.Null(await Outbox.GetAsync($"release|{TeamId}|3.10|item|1|aad-vera", default));

        // Newest first as people read versions, and one with its item.
        var releases = BotHarness.Text((await Harness.SayAsync("versioner")).Cards().Single());
        Assert.True(releases.IndexOf("3.10.0 ·", StringComparison.Ordinal) < releases.IndexOf("3.9.1 ·", StringComparison.Ordinal), releases);
        var one = BotHarness.Text((await Harness.SayAsync("version 3.10", "aad-vera", "Vera")).Cards().Single());
        Assert.Contains("#1 Login med MitID", one, StringComparison.Ordinal);
        Assert.Contains("Login med MitID og rettelser", one, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_version_entered_twice_however_written_is_refused_and_the_first_stays()
    {
        await Harness.PressAsync(CardVerbs.ReleaseSave, Form("3.2.0", "Første"));

        var twice = await Harness.PressAsync(CardVerbs.ReleaseSave, Form("v3.2", "Anden"));

        Assert.Contains("Version v3.2 findes allerede.", Text(twice), StringComparison.Ordinal);
        var shown = BotHarness.Text((await Harness.SayAsync("version 3.2.0")).Cards().Single());
        Assert.Contains("Første", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Anden", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_release_with_an_unknown_decision_or_a_date_to_come_is_refused_with_the_form_again()
    {
        var refused = await Harness.PressAsync(CardVerbs.ReleaseSave, Form("4.0.0", date: "2026-12-24", decisions: "B-2026-099"));

        Assert.Contains("Versionen er ikke gemt:", Text(refused), StringComparison.Ordinal);
        Assert.Contains("Datoen skal være i dag eller tidligere", Text(refused), StringComparison.Ordinal);
        Assert.Contains("En eller flere beslutninger findes ikke", Text(refused), StringComparison.Ordinal);
        Assert.Contains("Versionen 4.0.0 findes ikke", (await Harness.SayAsync("version 4.0.0")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_coordinator_enters_a_release_and_a_person_without_a_role_marks_nothing()
    {
        var supplier = await Harness.PressAsync(CardVerbs.ReleaseSave, Form("5.0.0"), "aad-lis", "Lis");
        var guest = await Harness.SayAsync("version ny", "aad-stranger", "Stranger");
        await ReleasePeople.AddItemAsync(Harness, 1, "Login med MitID");
        var mark = await Harness.PressAsync(CardVerbs.ReleaseMark, new JsonObject { ["items"] = "1", ["version"] = "5.0.0" }, "aad-stranger", "Stranger");

        Assert.DoesNotContain("gemt", Text(supplier), StringComparison.Ordinal);
        Assert.DoesNotContain("Ny version", BotHarness.Text(guest.Cards().SingleOrDefault()) + guest.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("markeret", Text(mark), StringComparison.Ordinal);
        Assert.Null((await Backlog.GetItemAsync(TeamId, 1, default))!.ReleaseVersion);
        Assert.Contains("Versionen 5.0.0 findes ikke", (await Harness.SayAsync("version 5.0.0")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_export_has_a_page_per_release_linking_its_items_and_decisions_and_the_items_link_back()
    {
        await ReleasePeople.AddItemAsync(Harness, 1, "Login med MitID", release: "3.2.0");
        await ReleasePeople.AddItemAsync(Harness, 2, "Mørk tilstand", release: "3.3.0");
        await Harness.PressAsync(CardVerbs.ProposeDecision, DecisionForm());
        await Harness.PressAsync(CardVerbs.ReleaseSave, Form("3.2.0", "=SUM(1+1) Login", decisions: "B-2026-001"));

        var link = (await Harness.SayAsync("eksportér")).Cards().Single()["actions"]![0]!["url"]!.GetValue<string>();
        using var archive = new ZipArchive(new MemoryStream(await Harness.Bot.Client.GetByteArrayAsync(new Uri(link))));
        var bytes = archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var content = new MemoryStream();
            e.Open().CopyTo(content);
            return content.ToArray();
        });
        var files = bytes.ToDictionary(f => f.Key, f => Encoding.UTF8.GetString(f.Value));

        Assert.Contains("versioner/index.md", files.Keys);
        var page = files["versioner/3-2.md"];
        Assert.Contains("#1", page, StringComparison.Ordinal);
        Assert.Contains("B-2026-001", page, StringComparison.Ordinal);
        // 3.3.0 is marked but not out: its page says so, so the item's link resolves.
        Assert.Contains("Ikke udgivet endnu", files["versioner/3-3.md"], StringComparison.Ordinal);
        Assert.Contains("](../versioner/3-2)", files.Single(f => f.Key.StartsWith("prioriteringstavle/001-", StringComparison.Ordinal)).Value, StringComparison.Ordinal);
        // The decision's page links to the release that carried it out, and the release's page links back.
        var decisionPage = files.Single(f => !f.Key.Contains('/', StringComparison.Ordinal) && f.Key != "index.md" &&
            f.Key.EndsWith(".md", StringComparison.Ordinal) && f.Value.Contains("B-2026-001", StringComparison.Ordinal));
        Assert.Contains("| Gennemført i version | [3.2.0](versioner/3-2) |", decisionPage.Value, StringComparison.Ordinal);
        Assert.Contains($"](../{decisionPage.Key[..^3]})", page, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes["versioner/versioner.csv"][..3]);
        Assert.Contains("'=SUM(1+1) Login", files["versioner/versioner.csv"], StringComparison.Ordinal);
        foreach (var (path, content) in files.Where(f => (f.Key.StartsWith("versioner/", StringComparison.Ordinal) || f.Key == decisionPage.Key) &&
                     f.Key.EndsWith(".md", StringComparison.Ordinal)))
        {
            Assert.StartsWith("---\n", content, StringComparison.Ordinal);
            foreach (Match m in Link().Matches(content))
            {
                var resolved = Path.GetRelativePath(".", Path.Combine(Path.GetDirectoryName(path)!, m.Groups[1].Value)).Replace('\\', '/');
                Assert.True(files.ContainsKey($"{resolved}.md") || files.ContainsKey(resolved), $"{path} links to {m.Groups[1].Value}");
            }
        }
    }

    [Fact]
    public async Task The_decision_record_shows_the_release_that_carried_it_out()
    {
        await Harness.PressAsync(CardVerbs.ProposeDecision, DecisionForm());
        Assert.DoesNotContain("Gennemført i version", BotHarness.Text((await Harness.SayAsync("beslutning B-2026-001")).Cards().Single()),
            StringComparison.Ordinal);

        await Harness.PressAsync(CardVerbs.ReleaseSave, Form("3.2.0", "Login", decisions: "B-2026-001"));

        var record = BotHarness.Text((await Harness.SayAsync("beslutning B-2026-001")).Cards().Single());
        Assert.Contains("Gennemført i version 3.2.0", record, StringComparison.Ordinal);
        var shown = BotHarness.Text(await Harness.PressAsync(CardVerbs.ShowDecision, new JsonObject { [CardVerbs.DecisionKey] = "B-2026-001" }));
        Assert.Contains("Gennemført i version 3.2.0", shown, StringComparison.Ordinal);
    }

    private static JsonObject DecisionForm() => new()
    {
        ["lang"] = "da", ["title"] = "Login med MitID i OS2mo", ["type"] = "Operational", ["body"] = "SteeringGroup",
        ["context"] = "Kommunerne ønsker MitID.", ["proposal"] = "Vi bygger det.", ["consequences"] = "", ["implementation"] = "Leverandøren",
        ["risks"] = "", ["deadlineDate"] = "2026-12-10", ["deadlineTime"] = "12:00", ["rule"] = "body", ["participation"] = "0",
    };

    [GeneratedRegex(@"\]\(([^)]+)\)")]
    private static partial Regex Link();
}
