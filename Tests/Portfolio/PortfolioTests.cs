using CoordinatorBot.Tests.Backlog;
using CoordinatorBot.Tests.Trust;

namespace CoordinatorBot.Tests.Portfolio;

/// <summary>
/// The secretariat's portfolio through the running bot, across three communities of one deployment: those that granted
/// access are in its card, chart, CSV and JSON with their own figures and no names, one that turned it off is absent
/// from all of them, a person without the secretariat role is refused, and a download link works only as it was made.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PortfolioTests() : ClockedBotFeatureTests(hostedScheduler: false)
{
    private const string Valg = "team-valg";

    protected override async Task SetUpAsync()
    {
        await BacklogPeople.SetUpAsync(Harness, budgetHours: "200");
        await Harness.AddMembersAsync(Role.Secretariat, ("aad-sara", "Sara"));
        var communities = Service<CommunityStore>();
        foreach (var (id, product, access) in new[] { ("team-forms", "OS2forms", false), (Valg, "OS2valghalla", true) })
        {
            await communities.UpdateAsync(id, _ => new Community
            {
                Id = id, TenantId = "tenant", Name = product, ProductName = product, SecretariatAccess = access,
                Channel = new ChannelAddress(Harness.ServiceUrl, $"19:{id}@thread.tacv2", "28:bot"),
                CreatedAt = DateTimeOffset.Parse("2026-01-01T00:00:00Z", CultureInfo.InvariantCulture),
            }, default);
        }

        // OS2valghalla's own people: two municipalities' and a coordinator; and a governance target of level 2.
        var members = Service<MemberStore>();
        foreach (var (id, name, role, municipality) in new[]
                 {
                     ("aad-vk", "Valdemar", Role.Coordinator, (string?)null), ("aad-vm1", "Mette", Role.Municipality, "Aalborg"),
                     ("aad-vm2", "Mikkel", Role.Municipality, "Aalborg Kommune"), ("aad-vm3", "Maja", Role.Municipality, "Esbjerg"),
                 })
        {
            await members.UpdateAsync(Valg, id, _ => new Member(id, name, new HashSet<Role> { role }, municipality, $"29:{id}"), default);
        }

        // The target is set with a mark; one that assesses nothing leaves the level reached as it is.
        await Service<GovernanceStore>().MarkGovernanceAsync(Valg,
            new GovernanceEntry("G1", GovernanceMark.NotAssessed, null, "Valdemar", Time.GetUtcNow()), GovernanceLevel.Two, default);

        // Past the few seconds an instance keeps the members it read, so what was written straight to storage is read.
        Time.Advance(TimeSpan.FromMinutes(1));
    }

    private async Task<(string Text, JsonObject? Card)> SayPersonallyAsync(string text, string aad, string name)
    {
        var before = Connector.Requests.Count;
        Assert.Equal(HttpStatusCode.OK, (await Harness.PostAsync(TrustActivities.PersonalMessage(Harness.ServiceUrl, text, aad, name))).StatusCode);
        var answer = Connector.Requests.Skip(before).Last(r => r.Method == "POST" && r.Path.Contains("/activities", StringComparison.Ordinal));
        var card = answer.Cards().SingleOrDefault() as JsonObject;
        return (answer.Text + BotHarness.Text(card?.DeepClone()), card);
    }

    private static Uri Action(JsonObject card, string title) =>
        new(card["actions"]!.AsArray().Single(a => a!["title"]!.GetValue<string>() == title)!["url"]!.GetValue<string>());

    private static Uri Chart(JsonObject card) =>
        new(card["body"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "Image")!["url"]!.GetValue<string>());

    private async Task<(HttpStatusCode Status, string? Type, byte[] Body)> GetAsync(Uri link)
    {
        using var response = await Harness.Bot.Client.GetAsync(link.PathAndQuery);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsByteArrayAsync());
    }

    private async Task<JsonObject> JsonAsync(Uri link)
    {
        var (status, type, body) = await GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", type);
        return JsonNode.Parse(body)!.AsObject();
    }

    [Fact]
    public async Task The_card_the_csv_and_the_json_give_each_granting_community_its_own_figures_by_risk_and_no_names()
    {
        var (text, card) = await SayPersonallyAsync("portefølje", "aad-sara", "Sara");

        Assert.Contains("OS2mo", text, StringComparison.Ordinal);
        Assert.Contains("OS2valghalla", text, StringComparison.Ordinal);
        Assert.DoesNotContain("OS2forms", text, StringComparison.Ordinal);
        // OS2mo: its stored members (BacklogPeople's, the coordinator and Sara); Aarhus, Odense and Vejle.
        var stored = (await Service<MemberStore>().ListAsync(ActivityBuilder.TeamId, default)).Count;
        Assert.True(stored >= 10);
        Assert.Contains($"{stored} personer, heraf 3 kommuner", text, StringComparison.Ordinal);
        // OS2valghalla: four people, two municipalities (Aalborg written two ways is one).
        Assert.Contains("4 personer, heraf 2 kommuner", text, StringComparison.Ordinal);
        Assert.Contains("intet niveau nået endnu (mål: Niveau 2)", text, StringComparison.Ordinal);
        Assert.Contains("0 timer af 200 timer", text, StringComparison.Ordinal);

        var json = await JsonAsync(Action(card!, "Hent JSON"));
        var rows = json["communities"]!.AsArray().Select(r => r!.AsObject()).ToList();
        Assert.Equal(["OS2mo", "OS2valghalla"], rows.Select(r => r["product"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        var members = Service<MemberStore>();
        foreach (var (team, product) in new[] { (ActivityBuilder.TeamId, "OS2mo"), (Valg, "OS2valghalla") })
        {
            // Each row against the community's own rows.
            var own = await members.ListAsync(team, default);
            var row = rows.Single(r => r["product"]!.GetValue<string>() == product);
            Assert.Equal(own.Count, row["members"]!.GetValue<int>());
            Assert.Equal(own.Where(m => m.Holds(Role.Municipality)).Select(m => Municipalities.Find(m.Municipality).Municipality).Distinct().Count(),
                row["municipalities"]!.GetValue<int>());
            Assert.Equal(0, row["openDecisions"]!.GetValue<int>());
        }

        Assert.Equal("Two", rows.Single(r => r["product"]!.GetValue<string>() == "OS2valghalla")["governanceTarget"]!.GetValue<string>());
        Assert.Equal(200m, rows.Single(r => r["product"]!.GetValue<string>() == "OS2mo")["budgetHours"]!.GetValue<decimal>());

        var (status, type, csv) = await GetAsync(Action(card!, "Hent CSV"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/csv", type);
        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Produkt;Seneste statusmærke;", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("OS2valghalla;;;intet niveau nået endnu;Niveau 2;4;2;0;0;0;;", StringComparison.Ordinal));

        var (chartStatus, chartType, png) = await GetAsync(Chart(card!));
        Assert.Equal(HttpStatusCode.OK, chartStatus);
        Assert.Equal("image/png", chartType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Contains("OS2valghalla: 0 timer af intet budget", card!["body"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "Image")!["altText"]!.GetValue<string>(),
            StringComparison.Ordinal);

        var everything = text + json.ToJsonString() + Encoding.UTF8.GetString(csv);
        foreach (var name in new[] { "Alice", "Ida", "Sara", "Lis", "Valdemar", "Mette", "Magenta", "OS2forms" })
        {
            Assert.DoesNotContain(name, everything, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_community_off_track_comes_first_with_its_report_open_decision_committed_hours_and_latest_release()
    {
        // OS2mo's own data: a committed item of 40 hours and a delivered one of 12, a new one that is not committed yet,
        // an open decision, a release, and a published report marked Ikke på sporet.
        var backlog = Service<BacklogStore>();
        foreach (var (number, status, hours) in new[] { (1, ItemStatus.InProgress, 40m), (2, ItemStatus.Delivered, 12m), (3, ItemStatus.New, 100m) })
        {
            await backlog.AddItemAsync(ActivityBuilder.TeamId, new BacklogItem
            {
                Number = number, Title = $"Punkt {number}", Need = "Som borger …", Class = MoscowClass.Must, Supplier = "Magenta ApS",
                RaisedById = "aad-ida", Municipalities = ["Aarhus"], Status = status, Estimate = new Estimate(hours, null),
            }, default);
        }

        await Harness.PressAsync(CardVerbs.ProposeDecision, new JsonObject
        {
            ["lang"] = "da", ["title"] = "Login med MitID", ["type"] = "Operational", ["body"] = "SteeringGroup", ["context"] = "Behov.",
            ["proposal"] = "Vi bygger det.", ["consequences"] = "", ["implementation"] = "Leverandøren", ["risks"] = "",
            ["deadlineDate"] = "2026-12-10", ["deadlineTime"] = "12:00", ["rule"] = "body", ["participation"] = "0",
        });
        await Harness.PressAsync(CardVerbs.ReleaseSave, new JsonObject
        {
            [CoordinatorBot.Cards.Releases.ReleaseForm.VersionInput] = "3.10.0", [CoordinatorBot.Cards.Releases.ReleaseForm.DateInput] = "2026-11-27",
            [CoordinatorBot.Cards.Releases.ReleaseForm.SummaryInput] = "Login", [CoordinatorBot.Cards.Releases.ReleaseForm.NotesInput] = "",
            [CoordinatorBot.Cards.Releases.ReleaseForm.DecisionsInput] = "",
        });
        await Harness.SayAsync("status");
        await Harness.PressAsync(CardVerbs.StatusPublish, new JsonObject
        {
            ["lang"] = "da", [StatusReportCard.MarkInput] = "OffTrack", [StatusReportCard.WhyInput] = "Leverandøren mangler folk.",
        });

        var (text, card) = await SayPersonallyAsync("portefølje", "aad-sara", "Sara");

        Assert.True(text.IndexOf("OS2mo", StringComparison.Ordinal) < text.IndexOf("OS2valghalla", StringComparison.Ordinal), text);
        Assert.Contains("Ikke på sporet (S-2026-01)", text, StringComparison.Ordinal);
        Assert.Contains("1 beslutning", text, StringComparison.Ordinal);
        Assert.Contains("52 timer af 200 timer", text, StringComparison.Ordinal);
        Assert.Contains("3.10.0", text, StringComparison.Ordinal);
        var json = await JsonAsync(Action(card!, "Hent JSON"));
        var first = json["communities"]![0]!;
        Assert.Equal(("OS2mo", "OffTrack", "S-2026-01", 1, 52m, "3.10.0"), (first["product"]!.GetValue<string>(), first["statusMark"]!.GetValue<string>(),
            first["statusReport"]!.GetValue<string>(), first["openDecisions"]!.GetValue<int>(), first["committedHours"]!.GetValue<decimal>(),
            first["latestRelease"]!.GetValue<string>()));
        Assert.DoesNotContain("Leverandøren mangler folk", json.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_without_the_role_is_refused_and_a_community_that_turns_access_off_is_absent_even_from_a_link_made_before()
    {
        Assert.Contains("Porteføljen er for OS2-sekretariatet", (await SayPersonallyAsync("portefølje", "aad-ida", "Ida")).Text, StringComparison.Ordinal);
        Assert.Contains("Porteføljen er for OS2-sekretariatet", (await SayPersonallyAsync("portfolio", "aad-stranger", "Stranger")).Text, StringComparison.Ordinal);
        var (_, before) = await SayPersonallyAsync("portefølje", "aad-sara", "Sara");

        await Harness.PressAsync(CardVerbs.SaveSetup, new JsonObject
        {
            ["productName"] = "OS2mo", ["timeZone"] = "Europe/Copenhagen", ["hourBudget"] = "10", ["lang"] = "da",
            [SetupCard.ReleaseRepositoryInput] = "", [SetupCard.SecretariatAccessInput] = "false",
        });

        var (text, card) = await SayPersonallyAsync("portefølje", "aad-sara", "Sara");
        Assert.DoesNotContain("OS2mo", text, StringComparison.Ordinal);
        Assert.Contains("OS2valghalla", text, StringComparison.Ordinal);
        foreach (var made in new[] { before!, card! })
        {
            Assert.DoesNotContain("OS2mo", (await JsonAsync(Action(made, "Hent JSON"))).ToJsonString(), StringComparison.Ordinal);
            Assert.DoesNotContain("OS2mo", Encoding.UTF8.GetString((await GetAsync(Action(made, "Hent CSV"))).Body), StringComparison.Ordinal);
        }

        Assert.DoesNotContain("OS2mo", card!["body"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "Image")!["altText"]!.GetValue<string>(),
            StringComparison.Ordinal);

        // G1 follows the portfolio: a community not counted in it is no longer suggested as met.
        var governance = BotHarness.Text((await Harness.SayAsync("governance")).Cards().Single());
        Assert.Contains("Forslag: ❓ Uklart · Sekretariatets adgang er slået fra i opsætningen", governance, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tampered_an_expired_or_another_persons_link_is_refused_and_a_link_dies_with_the_role()
    {
        var (_, card) = await SayPersonallyAsync("portefølje", "aad-sara", "Sara");
        var link = Action(card!, "Hent JSON");
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        var expires = long.Parse(query["expires"]!, CultureInfo.InvariantCulture);
        foreach (var (key, value) in new[]
                 {
                     ("person", "aad-ida"), ("person", "AAD-SARA"), ("expires", (expires + 3600).ToString(CultureInfo.InvariantCulture)),
                     ("signature", query["signature"]![..^2]), ("lang", "en"),
                 })
        {
            var tampered = System.Web.HttpUtility.ParseQueryString(link.Query);
            tampered[key] = value;
            Assert.True((await GetAsync(new Uri(link, $"{link.AbsolutePath}?{tampered}"))).Status == HttpStatusCode.Forbidden, $"{key}={value}");
        }

        // A CSV link's signature does not open the JSON, nor the chart's the CSV.
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(new Uri(link, $"/portfolio/csv{link.Query}"))).Status);
        var chart = Chart(card!);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(new Uri(chart, $"/portfolio/csv{chart.Query}"))).Status);

        // Sara's link works for Sara while she holds the role; it never works once it has expired.
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(link)).Status);
        Time.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(link)).Status);

        var (_, fresh) = await SayPersonallyAsync("portefølje", "aad-sara", "Sara");
        await Service<MemberStore>().UpdateAsync(ActivityBuilder.TeamId, "aad-sara",
            _ => new Member("aad-sara", "Sara", new HashSet<Role>(), null, "29:aad-sara"), default);
        Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(Action(fresh!, "Hent JSON"))).Status);
    }

    [Fact]
    public void A_community_row_written_before_the_setting_grants_access_and_has_no_repository()
    {
        var old = new CommunityEntity { Id = "team-old", TenantId = "t", Name = "Gammel", ProductName = "OS2gammel", IsActive = true };

        var community = old.ToCommunity();

        Assert.True(community.SecretariatAccess);
        Assert.Null(community.ReleaseRepository);
    }
}
