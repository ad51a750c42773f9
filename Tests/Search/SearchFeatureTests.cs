using CoordinatorBot.Tests.Cards;
using CoordinatorBot.Tests.Trust;

namespace CoordinatorBot.Tests.Search;

/// <summary>
/// "Søg i fællesskabet" and the records' links through the running bot, as Teams sends the invokes from any chat. Alice
/// coordinates OS2mo and OS2forms; Bob speaks for Aarhus in OS2mo; Carl speaks for Odense in OS2forms only; Eva is on
/// OS2mo's team without a role; Dan had a role in OS2mo and was removed from the team.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SearchFeatureTests() : BotFeatureTests(hostedScheduler: false)
{
    private const string Secret = "Hemmelig plan for formularer";
    private readonly List<JsonNode> _cards = [];

    protected override async Task SetUpAsync()
    {
        await Harness.SetUpCommunityAsync();
        await Harness.SetUpSecondCommunityAsync();
        var members = Service<MemberStore>();
        foreach (var (team, id, municipality) in new[]
                 {
                     (ActivityBuilder.TeamId, "aad-bob", "Aarhus Kommune"), (TeamTwo, "aad-carl", "Odense Kommune"), (ActivityBuilder.TeamId, "aad-dan", "Vejle Kommune"),
                 })
        {
            await members.UpdateAsync(team, id, _ => new Member(id, id[4..], new HashSet<Role> { Role.Municipality }, municipality, $"29:{id}"), default);
        }

        var decisions = Service<DecisionStore>();
        await decisions.AddAsync(ActivityBuilder.TeamId, SearchSamples.Decision(1, "Fælles testmiljø", "Budgettet rækker til ét miljø."), default);
        await decisions.AddAsync(ActivityBuilder.TeamId, SearchSamples.Decision(2, "Budget 2027"), default);
        await decisions.AddAsync(TeamTwo, SearchSamples.Decision(1, Secret, "Fortroligt budget."), default);
        var backlog = Service<BacklogStore>();
        await backlog.AddWishAsync(ActivityBuilder.TeamId, SearchSamples.Wish(12, "Eksport af budget til Excel"), default);
        await backlog.AddItemAsync(ActivityBuilder.TeamId, SearchSamples.Item(7, "MitID-login"), default);
        await Service<MeetingStore>().AddAsync(ActivityBuilder.TeamId, SearchSamples.Meeting("20260312-0000000001", "Decembermøde", "Budget 2028"), default);
        await Service<StatusStore>().PublishAsync(ActivityBuilder.TeamId, SearchSamples.Report(3, "Budgettet er under pres.") with { Number = null }, 2026, default);

        // Dan leaves the team: his role ends at once.
        Assert.Equal(HttpStatusCode.OK, (await Harness.PostAsync(TrustActivities.MemberRemoved(Harness.ServiceUrl, "aad-dan", "Dan"))).StatusCode);
    }

    public override async Task DisposeAsync()
    {
        try
        {
            await ValidateCardsAsync();
        }
        finally
        {
            await base.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_member_finds_a_decision_by_its_words_and_chooses_a_read_only_card_that_links_back_to_it()
    {
        var results = await SearchAsync("testmiljø", "aad-bob", "Bob");

        var first = results[0]!;
        Assert.Equal("B-2026-001 · Fælles testmiljø", first["preview"]!["content"]!["title"]!.GetValue<string>());
        Assert.Equal("application/vnd.microsoft.card.thumbnail", first["preview"]!["contentType"]!.GetValue<string>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", first["contentType"]!.GetValue<string>());
        // Bob reads one community: the preview does not name it, the card everyone will read in the chat does.
        Assert.DoesNotContain("OS2mo", first["preview"]!.ToJsonString(), StringComparison.Ordinal);
        var card = first["content"]!;
        var text = BotHarness.Text(card);
        Assert.Contains("Fællesskab: OS2mo", text, StringComparison.Ordinal);
        Assert.Contains("Beslutning B-2026-001", text, StringComparison.Ordinal);
        Assert.Contains("Budgettet rækker til ét miljø.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Action.Execute", card.ToJsonString(), StringComparison.Ordinal);
        var open = card["actions"]!.AsArray().Single()!;
        Assert.Equal("Action.OpenUrl", open["type"]!.GetValue<string>());
        Assert.Equal("Åbn", open["title"]!.GetValue<string>());
        var link = open["url"]!.GetValue<string>();
        Assert.Equal(new RecordKey(ActivityBuilder.TeamId, RecordKind.Decision, "B-2026-001"), RecordKey.FromUrl(link));

        // In a browser the link says what it is and names nothing of the record.
        using var page = await Harness.Bot.Client.GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Teams", html, StringComparison.Ordinal);
        Assert.DoesNotContain("testmiljø", html, StringComparison.OrdinalIgnoreCase);

        // A redelivered query is simply answered again.
        var again = ComposeActivities.Query(Harness.ServiceUrl, "testmiljø", "aad-bob", "Bob");
        again["id"] = "same-id";
        var repeated = await InvokeAsync((JsonObject)again.DeepClone());
        Assert.Equal(repeated.ToJsonString(), (await InvokeAsync(again)).ToJsonString());
    }

    [Fact]
    public async Task Results_come_ranked_the_exact_number_first_then_titles_then_the_words()
    {
        var byWords = Titles(await SearchAsync("budget", "aad-bob", "Bob"));
        Assert.Equal(["#12 · Eksport af budget til Excel", "B-2026-002 · Budget 2027"], byWords.Take(2));
        Assert.Equal(5, byWords.Count);
        Assert.Equal("B-2026-001 · Fælles testmiljø", byWords[^1]);

        Assert.Equal("B-2026-002 · Budget 2027", Titles(await SearchAsync("b-2026-2", "aad-bob", "Bob"))[0]);
        Assert.Equal("#7 · MitID-login", Titles(await SearchAsync("#7", "aad-bob", "Bob"))[0]);
        Assert.Equal("S-2026-01", Titles(await SearchAsync("S-2026-01", "aad-bob", "Bob"))[0]);
        Assert.Equal("Decembermøde", Titles(await SearchAsync("budget 2028", "aad-bob", "Bob"))[0]);
    }

    [Fact]
    public async Task With_roles_in_two_communities_results_come_from_both_and_say_which()
    {
        var results = await SearchAsync(null, "aad-alice", "Alice");

        var subtitles = results.Select(r => r!["preview"]!["content"]!["subtitle"]!.GetValue<string>()).ToList();
        Assert.Contains(subtitles, s => s.EndsWith("OS2forms", StringComparison.Ordinal));
        Assert.Contains(subtitles, s => s.EndsWith("OS2mo", StringComparison.Ordinal));
        var secret = results.Single(r => r!["preview"]!["content"]!["title"]!.GetValue<string>().Contains(Secret, StringComparison.Ordinal))!;
        Assert.Contains("Fællesskab: OS2forms", BotHarness.Text(secret["content"]), StringComparison.Ordinal);
        Assert.Equal(7, results.Count);
    }

    [Fact]
    public async Task Another_municipalitys_person_with_a_role_elsewhere_never_finds_this_communitys_records()
    {
        foreach (var query in new[] { "Fælles testmiljø", "B-2026-001", "budget", "#12", "S-2026-01", "Decembermøde", "", "*" })
        {
            var answer = (await SearchAsync(query, "aad-carl", "Carl")).ToJsonString();
            foreach (var hidden in new[] { "testmiljø", "Budget 2027", "Excel", "MitID", "Decembermøde", "OS2mo", "S-2026-01" })
            {
                Assert.True(!answer.Contains(hidden, StringComparison.OrdinalIgnoreCase), $"Carl's search for '{query}' shows {hidden}");
            }

            Assert.Contains(Secret, answer, StringComparison.Ordinal);
        }

        // Nor by composing in OS2mo's channel, or by naming OS2mo in the invoke.
        var forged = ComposeActivities.Query(Harness.ServiceUrl, "testmiljø", "aad-carl", "Carl");
        forged["channelData"]!["team"] = new JsonObject { ["id"] = ActivityBuilder.TeamId, ["name"] = "OS2mo fællesskab" };
        forged["conversation"]!["id"] = $"{ActivityBuilder.TeamId};messageid=1";
        forged["conversation"]!["conversationType"] = "channel";
        forged["value"]!["communityId"] = ActivityBuilder.TeamId;
        forged["value"]!["parameters"]!.AsArray().Add(new JsonObject { ["name"] = "community", ["value"] = ActivityBuilder.TeamId });
        var answered = (await InvokeAsync(forged)).ToJsonString();
        Assert.DoesNotContain("testmiljø", answered, StringComparison.Ordinal);
        Assert.Contains(Secret, answered, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("aad-eva", "Eva")]
    [InlineData("aad-dan", "Dan")]
    [InlineData("aad-stranger", "Mallory")]
    public async Task A_guest_without_a_role_a_removed_member_and_a_stranger_are_told_there_is_nothing_to_search(string id, string name)
    {
        var answer = await InvokeAsync(ComposeActivities.Query(Harness.ServiceUrl, "budget", id, name));

        Assert.Equal("message", answer["composeExtension"]!["type"]!.GetValue<string>());
        Assert.StartsWith("Du har ingen rolle i et fællesskab", answer["composeExtension"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(answer["composeExtension"]!["attachments"]);
    }

    [Fact]
    public async Task At_most_25_come_back_newest_first_and_Teams_can_page_on()
    {
        var decisions = Service<DecisionStore>();
        for (var i = 3; i <= 32; i++)
        {
            await decisions.AddAsync(ActivityBuilder.TeamId, SearchSamples.Decision(i, $"Punkt {i}", at: SearchSamples.Start.AddYears(1).AddMinutes(i)), default);
        }

        var first = await SearchAsync(null, "aad-bob", "Bob");
        var asked = await SearchAsync("punkt", "aad-bob", "Bob", count: 100);
        var next = await SearchAsync(null, "aad-bob", "Bob", skip: 25);

        Assert.Equal(25, first.Count);
        Assert.Equal("B-2026-032 · Punkt 32", Titles(first)[0]);
        Assert.Equal(25, asked.Count);
        Assert.Equal(36 - 25, next.Count);
        Assert.Empty(Titles(first).Intersect(Titles(next)));
    }

    [Fact]
    public async Task Results_follow_the_personal_chat_language_rule_so_an_English_Teams_in_a_Danish_community_reads_Danish()
    {
        // Many Danes run Teams in English: their communities' one language wins over the client's locale.
        foreach (var locale in new[] { "en-US", "fr-FR", "da-DK" })
        {
            var results = await SearchAsync("testmiljø", "aad-bob", "Bob", locale: locale);
            Assert.Contains("Fællesskab: OS2mo", BotHarness.Text(results[0]!["content"]), StringComparison.Ordinal);
            Assert.Contains("Beslutning B-2026-001", BotHarness.Text(results[0]!["content"]), StringComparison.Ordinal);
            Assert.StartsWith("Beslutning · ", results[0]!["preview"]!["content"]!["subtitle"]!.GetValue<string>(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_language_a_person_chose_in_their_personal_chat_is_their_language_in_the_compose_box_too()
    {
        await Service<PersonalConversationStore>().UpdateAsync(ActivityBuilder.TenantId, "aad-bob", _ => new PersonalConversation(
            ActivityBuilder.TenantId, "aad-bob", "29:aad-bob", "Bob", new ChannelAddress(Harness.ServiceUrl, "a:bob", ActivityBuilder.BotId), "da-DK", true, "en"), default);

        var chosen = await SearchAsync("testmiljø", "aad-bob", "Bob", locale: "da-DK");

        Assert.Contains("Community: OS2mo", BotHarness.Text(chosen[0]!["content"]), StringComparison.Ordinal);
        Assert.Equal("Open", chosen[0]!["content"]!["actions"]![0]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Hostile_queries_are_answered_as_plain_words_never_with_an_error()
    {
        await Service<BacklogStore>().AddWishAsync(ActivityBuilder.TeamId,
            SearchSamples.Wish(13, "<b>Fed</b> *stjerne* [link](https://evil.example)"), default);
        string[] hostile =
        [
            new string('ø', 20_000), "{\"commandId\":\"x\",\"parameters\":[]}", "<script>alert('x')</script>", "*", "%", "?", "' or 1 eq 1 or '",
            "PartitionKey ne ''", "\u0000\u0001", "\\u0022", "${jndi:ldap://x}", "../../r/19:team-two@thread.tacv2/decision/B-2026-001",
        ];
        foreach (var query in hostile)
        {
            var answer = await InvokeAsync(ComposeActivities.Query(Harness.ServiceUrl, query, "aad-bob", "Bob"));
            Assert.Equal("result", answer["composeExtension"]!["type"]!.GetValue<string>());
            Assert.DoesNotContain(Secret, answer.ToJsonString(), StringComparison.Ordinal);
        }

        // The markup someone typed is shown as its characters.
        var markup = (await SearchAsync("fed stjerne", "aad-bob", "Bob"))[0]!;
        var title = markup["preview"]!["content"]!["title"]!.GetValue<string>();
        Assert.Equal("#13 · &lt;b&gt;Fed&lt;/b&gt; \\*stjerne\\* \\[link\\](https://evil.example)", title);

        // Shapes Teams never sends: a parameter that is no text, no parameters, a value that is no object, a command it does not know.
        foreach (var value in new JsonNode?[]
                 {
                     new JsonObject { ["commandId"] = "searchRecords", ["parameters"] = new JsonArray(new JsonObject { ["name"] = "query", ["value"] = 42 }) },
                     new JsonObject { ["commandId"] = "searchRecords", ["parameters"] = "budget", ["queryOptions"] = new JsonObject { ["skip"] = int.MaxValue, ["count"] = -5 } },
                     new JsonObject { ["commandId"] = "noSuchCommand", ["parameters"] = new JsonArray(new JsonObject { ["name"] = "other", ["value"] = "budget" }) },
                 })
        {
            var answer = await InvokeAsync(ComposeActivities.Invoke(Harness.ServiceUrl, "composeExtension/query", value, "aad-bob", "Bob", "da-DK"));
            Assert.Equal("result", answer["composeExtension"]!["type"]!.GetValue<string>());
        }

        foreach (var value in new JsonNode?[] { null, JsonValue.Create("budget"), new JsonArray() })
        {
            var answer = await InvokeAsync(ComposeActivities.Invoke(Harness.ServiceUrl, "composeExtension/query", value, "aad-bob", "Bob", "da-DK"));
            Assert.Equal("message", answer["composeExtension"]!["type"]!.GetValue<string>());
            Assert.Equal("Den søgning forstod jeg ikke. Skriv et nummer eller nogle ord.", answer["composeExtension"]!["text"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task A_pasted_link_unfolds_into_the_record_for_a_member_and_into_nothing_of_it_for_anyone_else()
    {
        var link = $"https://coordinatorbot.example.dk{new RecordKey(ActivityBuilder.TeamId, RecordKind.Decision, "B-2026-001").Path}";

        var bobs = await UnfoldAsync(link, "aad-bob", "Bob");
        Assert.Contains("Fælles testmiljø", BotHarness.Text(bobs["content"]), StringComparison.Ordinal);
        Assert.Contains("Fællesskab: OS2mo", BotHarness.Text(bobs["content"]), StringComparison.Ordinal);
        Assert.Equal("B-2026-001 · Fælles testmiljø", bobs["preview"]!["content"]!["title"]!.GetValue<string>());

        foreach (var (id, name) in new[] { ("aad-carl", "Carl"), ("aad-eva", "Eva"), ("aad-dan", "Dan"), ("aad-stranger", "Mallory") })
        {
            var theirs = await UnfoldAsync(link, id, name);
            Assert.Equal("Dette hører til et fællesskab, du ikke er med i.", BotHarness.Text(theirs["content"]).Trim());
            foreach (var hidden in new[] { "testmiljø", "B-2026-001", "OS2mo", "Budget" })
            {
                Assert.DoesNotContain(hidden, theirs.ToJsonString(), StringComparison.OrdinalIgnoreCase);
            }
        }

        // A community that does not exist reads exactly like one the person is not part of; in English for who chose English.
        var forgedLink = $"https://coordinatorbot.example.dk{new RecordKey("19:made-up@thread.tacv2", RecordKind.Decision, "B-2026-001").Path}";
        var forged = await UnfoldAsync(forgedLink, "aad-carl", "Carl", "en-GB");
        Assert.Equal("Dette hører til et fællesskab, du ikke er med i.", BotHarness.Text(forged["content"]).Trim());
        await Service<PersonalConversationStore>().UpdateAsync(ActivityBuilder.TenantId, "aad-carl", _ => new PersonalConversation(
            ActivityBuilder.TenantId, "aad-carl", "29:aad-carl", "Carl", new ChannelAddress(Harness.ServiceUrl, "a:carl", ActivityBuilder.BotId), "en-GB", true, null), default);
        Assert.True(await Service<CommunityDirectory>().ChoosePersonalLanguageAsync(ActivityBuilder.TenantId, "aad-carl", "en", default));
        var forgedInEnglish = await UnfoldAsync(forgedLink, "aad-carl", "Carl", "en-GB");
        Assert.Equal("This belongs to a community you are not part of.", BotHarness.Text(forgedInEnglish["content"]).Trim());

        // Carl's own community's record with the same number is his to unfold.
        var own = await UnfoldAsync($"https://coordinatorbot.example.dk{new RecordKey(TeamTwo, RecordKind.Decision, "B-2026-001").Path}", "aad-carl", "Carl");
        Assert.Contains(Secret, BotHarness.Text(own["content"]), StringComparison.Ordinal);

        foreach (var kind in new[] { ("wish", "12", "Eksport af budget til Excel"), ("item", "7", "MitID-login"), ("meeting", "20260312-0000000001", "Decembermøde"), ("status", "S-2026-01", "Budgettet er under pres.") })
        {
            var unfolded = await UnfoldAsync($"https://coordinatorbot.example.dk/r/{Uri.EscapeDataString(ActivityBuilder.TeamId)}/{kind.Item1}/{kind.Item2}", "aad-bob", "Bob");
            Assert.Contains(kind.Item3, BotHarness.Text(unfolded["content"]), StringComparison.Ordinal);
        }

        var missing = await UnfoldAsync($"https://coordinatorbot.example.dk{new RecordKey(ActivityBuilder.TeamId, RecordKind.Decision, "B-2026-099").Path}", "aad-bob", "Bob");
        Assert.Contains("Det findes ikke i fællesskabet (længere).", BotHarness.Text(missing["content"]), StringComparison.Ordinal);

        // A link of the bot's host that names no record unfolds into nothing.
        var none = await InvokeAsync(ComposeActivities.QueryLink(Harness.ServiceUrl, "https://coordinatorbot.example.dk/healthz", "aad-bob", "Bob"));
        Assert.Empty(none["composeExtension"]!["attachments"]!.AsArray());
    }

    private async Task<JsonArray> SearchAsync(string? query, string id, string name, string locale = "da-DK", int skip = 0, int count = 25)
    {
        var answer = await InvokeAsync(ComposeActivities.Query(Harness.ServiceUrl, query, id, name, locale, skip, count));
        var result = answer["composeExtension"]!;
        Assert.Equal("result", result["type"]!.GetValue<string>());
        Assert.Equal("list", result["attachmentLayout"]!.GetValue<string>());
        var attachments = result["attachments"]!.AsArray();
        _cards.AddRange(attachments.Select(a => a!["content"]!.DeepClone()));
        return attachments;
    }

    private async Task<JsonNode> UnfoldAsync(string url, string id, string name, string locale = "da-DK")
    {
        var answer = await InvokeAsync(ComposeActivities.QueryLink(Harness.ServiceUrl, url, id, name, locale));
        var attachment = answer["composeExtension"]!["attachments"]!.AsArray().Single()!;
        _cards.Add(attachment["content"]!.DeepClone());
        return attachment;
    }

    /// <summary>Posts an invoke and reads its answer: always 200, within Teams' five seconds.</summary>
    private async Task<JsonNode> InvokeAsync(JsonObject activity)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var response = await Harness.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static List<string> Titles(JsonArray results) =>
        [.. results.Select(r => r!["preview"]!["content"]!["title"]!.GetValue<string>())];

    /// <summary>Every card the bot answered with, through the adaptivecards library as a Teams client parses it.</summary>
    private async Task ValidateCardsAsync()
    {
        if (_cards.Count == 0)
        {
            return;
        }

        var cards = _cards.Select((card, i) => (Name: $"card-{i:000}.json", Json: card.ToJsonString())).ToDictionary(c => c.Name, c => c.Json);
        var report = await CardValidator.ValidateAsync(cards);
        Assert.Equal(_cards.Count, report.Count);
        Assert.All(report, r => Assert.True(r.Value.Count == 0, $"{r.Key}: {string.Join("; ", r.Value)}"));
    }
}
