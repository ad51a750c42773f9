using CoordinatorBot.Bot.Features.Status;
using CoordinatorBot.Tests.Backlog;
using CoordinatorBot.Tests.Cards;
using YamlDotNet.Serialization;
using static CoordinatorBot.Tests.Support.CopenhagenTime;

namespace CoordinatorBot.Tests.Status;

/// <summary>
/// The status report and the governance report through the running bot: Alice coordinates, Bob is in the steering
/// group, Ida speaks for Aarhus (see <see cref="BacklogPeople"/>).
/// </summary>
[Trait("Category", "Integration")]
public sealed partial class StatusFeatureTests() : ClockedBotFeatureTests(Friday, hostedScheduler: false)
{
    protected override Task SetUpAsync() => BacklogPeople.SetUpAsync(Harness, budgetHours: "400");

    private StatusStore Store => Harness.Service<StatusStore>();

    [Fact]
    public async Task The_coordinator_composes_marks_and_publishes_a_numbered_report_that_is_posted_in_the_channel()
    {
        await Harness.PressAsync(CardVerbs.WishSave, BacklogPeople.Wish("Login med MitID"), "aad-ida", "Ida");
        var draft = await Harness.SayAsync("status");
        var draftText = BotHarness.Text(draft.Cards().Single());
        Assert.Contains("Statusrapport (kladde)", draftText, StringComparison.Ordinal);
        Assert.Contains("1 nyt ønske i perioden.", draftText, StringComparison.Ordinal);
        Assert.Contains("Backloggen har ingen punkter endnu.", draftText, StringComparison.Ordinal);
        Assert.Contains("Ingen kommuner i onboarding i perioden.", draftText, StringComparison.Ordinal);

        // Without a mark nothing is published.
        var refused = await Harness.PressAsync(CardVerbs.StatusPublish, new JsonObject { ["lang"] = "da" });
        Assert.Contains("Vælg en samlet vurdering", BotHarness.Text(refused), StringComparison.Ordinal);
        Assert.Empty(await Store.ListAsync(ActivityBuilder.TeamId, default));

        var before = Harness.Connector.Requests.Count;
        var published = await Harness.PressAsync(CardVerbs.StatusPublish, Mark("AtRisk", "Leverandøren mangler en udvikler."));
        Assert.Contains("Statusrapport S-2026-01", BotHarness.Text(published), StringComparison.Ordinal);
        var posted = Harness.Connector.Requests.Skip(before).Single(r => r.Method == "POST" && r.Cards().Any());
        var postedText = BotHarness.Text(posted.Cards().Single());
        Assert.Contains("Statusrapport S-2026-01", postedText, StringComparison.Ordinal);
        Assert.Contains("I risiko", postedText, StringComparison.Ordinal);
        Assert.Contains("Leverandøren mangler en udvikler.", postedText, StringComparison.Ordinal);

        // Everyone may read it; the next report takes the next number.
        var read = await Harness.SayAsync("status", "aad-bob", "Bob");
        Assert.Contains("Statusrapport S-2026-01", BotHarness.Text(read.Cards().Single()), StringComparison.Ordinal);
        await Harness.SayAsync("status");
        await Harness.PressAsync(CardVerbs.StatusPublish, Mark("OnTrack", "Alt går efter planen."));
        Assert.Equal(["S-2026-01", "S-2026-02"], (await Store.ListAsync(ActivityBuilder.TeamId, default)).Select(r => r.Number!.ToString()));
    }

    [Fact]
    public async Task Two_presses_of_publish_at_the_same_moment_publish_the_report_once()
    {
        await Harness.SayAsync("status");

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Harness.PressAsync(CardVerbs.StatusPublish, Mark("OnTrack", "Stille måned."))));

        Assert.Equal(["S-2026-01"], (await Store.ListAsync(ActivityBuilder.TeamId, default)).Select(r => r.Number!.ToString()));
    }

    [Fact]
    public async Task A_published_report_stays_as_it_was_when_the_data_changes_later()
    {
        await Harness.SayAsync("status");
        await Harness.PressAsync(CardVerbs.StatusPublish, Mark("OnTrack", "Stille måned."));
        var stored = RecordOf(await Store.GetAsync(ActivityBuilder.TeamId, new StatusReportNumber(2026, 1), default));

        await Harness.PressAsync(CardVerbs.WishSave, BacklogPeople.Wish("Mørk tilstand"), "aad-ida", "Ida");
        Time.Advance(TimeSpan.FromDays(3));
        await Harness.SayAsync("status");

        Assert.Equal(stored, RecordOf(await Store.GetAsync(ActivityBuilder.TeamId, new StatusReportNumber(2026, 1), default)));
        var shown = await Harness.SayAsync("status S-2026-01", "aad-bob", "Bob");
        Assert.Contains("Ingen ønsker modtaget og ingen åbne ønsker.", BotHarness.Text(shown.Cards().Single()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_coordinator_composes_or_publishes()
    {
        var asked = await Harness.SayAsync("status", "aad-bob", "Bob");
        Assert.Equal("Der er ingen offentliggjort statusrapport endnu.", asked.Text);

        await Harness.SayAsync("status");
        foreach (var (id, name) in new[] { ("aad-bob", "Bob"), ("aad-ida", "Ida"), ("aad-guest", "Gæst") })
        {
            var pressed = await Harness.PressAsync(CardVerbs.StatusPublish, Mark("OnTrack", "Jeg bestemmer."), id, name);
            Assert.DoesNotContain("S-2026-01", BotHarness.Text(pressed), StringComparison.Ordinal);
            await Harness.PressAsync(CardVerbs.GovernanceConfirm, new JsonObject { ["lang"] = "da" }, id, name);
        }

        Assert.Empty(await Store.ListAsync(ActivityBuilder.TeamId, default));
        Assert.Null((await Store.DraftAsync(ActivityBuilder.TeamId, default))!.Mark);
        Assert.Empty((await Harness.Service<GovernanceStore>().GovernanceAsync(ActivityBuilder.TeamId, default)).History);
    }

    [Fact]
    public async Task The_charts_on_the_card_are_PNGs_behind_signed_links_that_cannot_be_bent()
    {
        await Harness.PressAsync(CardVerbs.WishSave, BacklogPeople.Wish("Login med MitID"), "aad-ida", "Ida");
        await Harness.PressAsync(CardVerbs.WishAccept, new JsonObject
        {
            ["wish"] = "1", ["moscow.1"] = "Must", ["hours.1"] = "40", ["supplier.1"] = "Magenta ApS", ["criteria.1"] = "Borgeren kan logge ind",
        });
        var card = (await Harness.SayAsync("status")).Cards().Single();
        var images = Images(card).ToList();
        var backlog = Assert.Single(images, i => i.Url.Contains("chart=Backlog", StringComparison.Ordinal));
        Assert.Contains("MUST 40 timer", backlog.Alt, StringComparison.Ordinal);
        Assert.Contains(images, i => i.Url.Contains("chart=MustHours", StringComparison.Ordinal));

        var response = await Harness.Bot.Client.GetAsync(new Uri(backlog.Url));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1000);

        var otherChart = backlog.Url.Replace("chart=Backlog", "chart=Onboarding", StringComparison.Ordinal);
        var otherCommunity = Regex.Replace(backlog.Url, "community=[^&]+", "community=19%3Aother%40thread.tacv2");
        foreach (var bent in new[] { otherChart, otherCommunity, backlog.Url.Replace("report=draft", "report=S-2026-01", StringComparison.Ordinal) })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await Harness.Bot.Client.GetAsync(new Uri(bent))).StatusCode);
        }

        Time.Advance(TimeSpan.FromDays(31));
        Assert.Equal(HttpStatusCode.Forbidden, (await Harness.Bot.Client.GetAsync(new Uri(backlog.Url))).StatusCode);
    }

    [Fact]
    public async Task The_governance_report_suggests_from_the_roles_and_keeps_each_change_with_who_and_when()
    {
        var card = BotHarness.Text((await Harness.SayAsync("governance")).Cards().Single());
        Assert.Contains("Forslag: ✅ Opfyldt · Styregruppen i botten: 3 personer", card, StringComparison.Ordinal);
        Assert.Contains("Forslag: ✅ Opfyldt · Koordinatorrollen i botten: 1 person", card, StringComparison.Ordinal);
        // G1: the community grants the secretariat access (the default), so it is counted in the portfolio.
        Assert.Contains("Forslag: ✅ Opfyldt · Fællesskabet tæller med i sekretariatets portefølje i botten", card, StringComparison.Ordinal);

        var confirmed = await Harness.PressAsync(CardVerbs.GovernanceConfirm, new JsonObject { ["lang"] = "da" });
        Assert.Contains("Forslagene er bekræftet: G1, G2, G3, G6, G7, G10, G14", BotHarness.Text(confirmed), StringComparison.Ordinal);

        // Teams delivers the "Gem" twice (its first answer was late): one mark, and each answer is the saved card.
        var save = ActivityBuilder.Execute(Harness.ServiceUrl, CardVerbs.GovernanceSave, new JsonObject
        {
            ["lang"] = "da", [CardVerbs.SectionKey] = "Form", [GovernanceCard.ItemInput] = "F1", [GovernanceCard.MarkInput] = "Met",
            [GovernanceCard.EvidenceInput] = "https://github.com/OS2mo/os2mo", [GovernanceCard.LevelInput] = "Two",
        });
        foreach (var delivery in new[] { (JsonObject)save.DeepClone(), save })
        {
            using var response = await Harness.PostAsync(delivery);
            Assert.Contains("F1 er gemt", BotHarness.Text(JsonNode.Parse(await response.Content.ReadAsStringAsync())!), StringComparison.Ordinal);
        }

        var report = await Harness.Service<GovernanceStore>().GovernanceAsync(ActivityBuilder.TeamId, default);
        Assert.Equal(1, await MarksOfAsync("F1"));
        Assert.Equal(GovernanceLevel.Two, report.TargetLevel);
        Assert.Equal((GovernanceMark.Met, "Alice"), (report.MarkOf("G3"), report.Entry("G3")!.ByName));
        Assert.Equal(GovernanceMark.Met, report.MarkOf("G1"));
        Assert.Equal(GovernanceMark.Unclear, report.MarkOf("G14"));
        Assert.Equal("https://github.com/OS2mo/os2mo", report.Entry("F1")!.Evidence);
        Assert.Equal(Time.GetUtcNow(), report.Entry("F1")!.At);

        // The same mark saved again later is a new assessment, and is kept as one.
        Time.Advance(TimeSpan.FromMinutes(11));
        await Harness.PressAsync(CardVerbs.GovernanceSave, save["value"]!["action"]!["data"]!.DeepClone().AsObject());
        Assert.Equal(2, await MarksOfAsync("F1"));

        var refused = await Harness.SayAsync("governance", "aad-bob", "Bob");
        Assert.DoesNotContain("Governance-rapport", refused.Text ?? BotHarness.Text(refused.Cards().FirstOrDefault()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_export_is_one_just_the_docs_site_whose_pages_have_front_matter_and_whose_links_resolve()
    {
        await Harness.PressAsync(CardVerbs.WishSave, BacklogPeople.Wish("Login med MitID"), "aad-ida", "Ida");
        await Harness.PressAsync(CardVerbs.WishAccept, new JsonObject
        {
            ["wish"] = "1", ["moscow.1"] = "Must", ["hours.1"] = "40", ["supplier.1"] = "Magenta ApS", ["criteria.1"] = "Borgeren kan logge ind",
        });
        await Harness.SayAsync("status");
        await Harness.PressAsync(CardVerbs.StatusPublish, Mark("OnTrack", "Stille {{ site }} [måned](../x)."));
        await Harness.PressAsync(CardVerbs.GovernanceConfirm, new JsonObject { ["lang"] = "da" });

        var exported = await Harness.SayAsync("eksportér");
        var link = exported.Cards().Single()["actions"]![0]!["url"]!.GetValue<string>();
        var zip = await Harness.Bot.Client.GetByteArrayAsync(new Uri(link));
        using var archive = new ZipArchive(new MemoryStream(zip));
        var files = archive.Entries.ToDictionary(e => e.FullName, Read);

        Assert.Contains("_config.yml", files.Keys);
        Assert.Contains("remote_theme: just-the-docs/just-the-docs", files["_config.yml"], StringComparison.Ordinal);
        Assert.Contains("statusrapporter/index.md", files.Keys);
        Assert.Contains("statusrapporter/s-2026-01.md", files.Keys);
        Assert.Contains("prioriteringstavle/index.md", files.Keys);
        var yaml = new DeserializerBuilder().Build();
        var titles = new HashSet<string>(StringComparer.Ordinal);
        var pages = files.Where(f => f.Key.EndsWith(".md", StringComparison.Ordinal)).ToList();
        foreach (var (path, content) in pages)
        {
            Assert.StartsWith("---\n", content, StringComparison.Ordinal);
            var front = yaml.Deserialize<Dictionary<string, object>>(content[4..content.IndexOf("\n---\n", 4, StringComparison.Ordinal)]);
            Assert.True(front.ContainsKey("title") && front.ContainsKey("nav_order"), path);
            titles.Add((string)front["title"]);
        }

        foreach (var (path, content) in pages)
        {
            var front = yaml.Deserialize<Dictionary<string, object>>(content[4..content.IndexOf("\n---\n", 4, StringComparison.Ordinal)]);
            if (front.TryGetValue("parent", out var parent))
            {
                Assert.Contains((string)parent, titles);
            }

            foreach (Match m in Link().Matches(content.Replace("\\]", string.Empty, StringComparison.Ordinal)))
            {
                var target = m.Groups[1].Value;
                if (target.StartsWith("http", StringComparison.Ordinal))
                {
                    continue;
                }

                var resolved = Path.GetRelativePath(".", Path.Combine(Path.GetDirectoryName(path) ?? string.Empty, target)).Replace('\\', '/');
                Assert.True(files.ContainsKey(resolved) || files.ContainsKey($"{resolved}.md") || files.ContainsKey($"{resolved}/index.md"),
                    $"{path} links to {target}");
            }
        }

        var governance = files["governance-rapport-os2.md"];
        foreach (var item in GovernanceChecklist.Items)
        {
            Assert.Matches($@"\n\| [✅❌➖❓ ]+ \| {item.Id} \| ", governance);
        }

        Assert.Contains("| ✅ | G3 | Der er udpeget en projektleder/tovholder | Koordinatorrollen i botten: 1 person | Niveau 1 |", governance, StringComparison.Ordinal);
        // The coordinator's line is text on the site: no Liquid, no link.
        Assert.Contains("Stille &#123;&#123; site &#125;&#125; \\[måned\\](../x).", files["statusrapporter/s-2026-01.md"], StringComparison.Ordinal);

        // The older command keeps giving the same site.
        var old = await Harness.SayAsync("eksportér beslutninger");
        Assert.Contains("/export/decisions", old.Cards().Single()["actions"]![0]!["url"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_is_prepared_five_office_days_before_a_steering_group_meeting_and_the_coordinator_told_once()
    {
        var meeting = MeetingGallery.Sample() with { Id = "sg-dec" }; // 8 December 2026 at 10.00
        await Harness.Service<MeetingStore>().AddAsync(ActivityBuilder.TeamId, meeting, default);
        var job = Harness.Bot.Services.GetServices<IScheduledJob>().OfType<StatusDraftJob>().Single();
        var outbox = Harness.Service<OutboxStore>();
        var key = $"status-draft|{ActivityBuilder.TeamId}|sg-dec|aad-alice";

        await job.RunAsync(At("2026-11-30T12:00:00"), default);
        Assert.Null(await outbox.GetAsync(key, default));
        Assert.Null(await Store.DraftAsync(ActivityBuilder.TeamId, default));

        await job.RunAsync(At("2026-12-01T08:00:00"), default);
        Assert.NotNull(await outbox.GetAsync(key, default));
        var draft = await Store.DraftAsync(ActivityBuilder.TeamId, default);
        Assert.NotNull(draft);
        Assert.Null(draft.Number);

        // The coordinator's mark on the draft survives the job's later runs, and nothing is published by it.
        await Harness.PressAsync(CardVerbs.StatusSave, Mark("AtRisk", "Forsinket levering."));
        Time.Advance(TimeSpan.FromDays(4));
        await job.RunAsync(At("2026-12-02T08:00:00"), default);
        Assert.Equal(StatusMark.AtRisk, (await Store.DraftAsync(ActivityBuilder.TeamId, default))!.Mark);
        Assert.Empty(await Store.ListAsync(ActivityBuilder.TeamId, default));
    }

    [Fact]
    public async Task Without_steering_group_meetings_the_draft_comes_on_the_month_s_first_office_day()
    {
        var job = Harness.Bot.Services.GetServices<IScheduledJob>().OfType<StatusDraftJob>().Single();
        var outbox = Harness.Service<OutboxStore>();
        var key = $"status-draft|{ActivityBuilder.TeamId}|2027-01|aad-alice";

        await job.RunAsync(At("2027-01-01T12:00:00"), default); // New Year's Day
        Assert.Null(await outbox.GetAsync(key, default));
        await job.RunAsync(At("2027-01-04T08:00:00"), default);
        Assert.NotNull(await outbox.GetAsync(key, default));
    }

    [Fact]
    public async Task Setup_keeps_the_yearly_fee_and_when_the_draft_comes_which_the_job_then_follows()
    {
        JsonObject Setup(string fee, string before, string monthly) => new()
        {
            ["productName"] = "OS2mo", ["timeZone"] = "Europe/Copenhagen", ["hourBudget"] = "10", ["lang"] = "da",
            [SetupCard.YearlyFeeInput] = fee, [SetupCard.StatusDaysBeforeInput] = before, [SetupCard.StatusMonthlyDayInput] = monthly,
        };

        var refused = BotHarness.Text((await Harness.PressAsync(CardVerbs.SaveSetup, Setup("-5", "3", "11"), "aad-alice", "Alice"))["value"]);
        var saved = BotHarness.Text((await Harness.PressAsync(CardVerbs.SaveSetup, Setup("400.000", "3", "2"), "aad-alice", "Alice"))["value"]);

        Assert.Contains("Kontingentet skal være et tal over 0, dagene før mødet 1–20 og månedens arbejdsdag 1–10.", refused, StringComparison.Ordinal);
        Assert.Contains("Statusrapport: årligt kontingent 400.000 kr.; udkast 3 arbejdsdage før hvert styregruppemøde, ellers på månedens 2. arbejdsdag.",
            saved, StringComparison.Ordinal);
        var community = await Harness.Service<CommunityStore>().GetAsync(ActivityBuilder.TeamId, default);
        Assert.Equal((400000m, 3, 2), (community!.YearlyFeeDkk, community.StatusDraftDaysBefore, community.StatusMonthlyDraftDay));

        // The month's second office day, not its first.
        var job = Harness.Bot.Services.GetServices<IScheduledJob>().OfType<StatusDraftJob>().Single();
        var outbox = Harness.Service<OutboxStore>();
        var key = $"status-draft|{ActivityBuilder.TeamId}|2027-01|aad-alice";
        await job.RunAsync(At("2027-01-04T08:00:00"), default);
        Assert.Null(await outbox.GetAsync(key, default));
        await job.RunAsync(At("2027-01-05T08:00:00"), default);
        Assert.NotNull(await outbox.GetAsync(key, default));

        // An emptied fee field removes the fee.
        var cleared = BotHarness.Text((await Harness.PressAsync(CardVerbs.SaveSetup, Setup("", "3", "2"), "aad-alice", "Alice"))["value"]);
        Assert.Contains("årligt kontingent ikke sat", cleared, StringComparison.Ordinal);
    }

    /// <summary>How many marks of the item the history keeps, read straight from the table.</summary>
    private async Task<int> MarksOfAsync(string itemId)
    {
        var rows = await Harness.Service<StorageTables>()[TableNames.StatusReports]
            .QueryAsync<JsonEntity>(GovernanceStore.HistoryFilter(TableKey.Escape(ActivityBuilder.TeamId))).ToListAsync();
        return rows.Count(r => CoordinatorBot.Storage.Tables.RecordJson.Read<GovernanceEntry>(r.Json).ItemId == itemId);
    }

    private static JsonObject Mark(string mark, string why) => new()
    {
        ["lang"] = "da", [StatusReportCard.MarkInput] = mark, [StatusReportCard.WhyInput] = why,
    };

    private static string RecordOf(StatusReport? report) => CoordinatorBot.Storage.Tables.RecordJson.Write(report);

    private static IEnumerable<(string Url, string Alt)> Images(JsonNode node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Image" => [(o["url"]!.GetValue<string>(), o["altText"]!.GetValue<string>())],
        JsonObject o => o.Select(p => p.Value).OfType<JsonNode>().SelectMany(Images),
        JsonArray a => a.OfType<JsonNode>().SelectMany(Images),
        _ => [],
    };

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex Link();
}
