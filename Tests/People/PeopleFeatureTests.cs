using CoordinatorBot.Tests.Trust;

namespace CoordinatorBot.Tests.People;

/// <summary>
/// Issue #13 through the whole bot: Alice coordinates two communities (OS2mo and OS2forms) and uses her personal chat
/// for both; Bob and Carl are in OS2mo's steering group and speak for their municipalities; Dana is a guest from another
/// municipality's tenant. Bob's data is exported and erased; Carl's must never show in Bob's.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PeopleFeatureTests() : BotFeatureTests(hostedScheduler: false)
{
    private const string OtherTenant = "00000000-0000-0000-0000-0000000000099";
    private static readonly DecisionNumber First = new(2026, 1);

    protected override async Task SetUpAsync()
    {
        Connector.Roster.AddRange([("aad-alice", "Alice"), ("aad-bob", "Bob"), ("aad-carl", "Carl"), ("aad-dana", "Dana")]);
        Connector.UserRoles["aad-dana"] = "guest";
        await Harness.SetUpCommunityAsync();
        await Harness.SetUpSecondCommunityAsync();
        var members = Service<MemberStore>();
        foreach (var (id, name, municipality) in new[] { ("aad-bob", "Bob", "Aarhus"), ("aad-carl", "Carl", "Odense") })
        {
            await members.ChangeRolesAsync(ActivityBuilder.TeamId, id,
                _ => new Member(id, name, new HashSet<Role> { Role.SteeringGroup, Role.Municipality }, municipality, $"29:{id}"), "Alice",
                DateTimeOffset.UtcNow, default);
        }

        await members.UpdateAsync(ActivityBuilder.TeamId, "aad-dana",
            _ => new Member("aad-dana", "Dana", new HashSet<Role> { Role.SteeringGroup }, null, "29:aad-dana"), default);
        await Harness.ProposeTestEnvironmentAsync("2027-12-10");
    }

    [Fact]
    public async Task A_person_with_roles_in_two_communities_is_asked_which_and_the_choice_holds_until_changed()
    {
        var asked = await SayPersonallyAsync("opgaver", "aad-alice", "Alice");
        var choice = asked.Cards().Single();
        Assert.Contains("Hvilket fællesskab?", BotHarness.Text(choice), StringComparison.Ordinal);
        Assert.Contains("OS2mo", BotHarness.Text(choice), StringComparison.Ordinal);
        Assert.Contains("OS2forms", BotHarness.Text(choice), StringComparison.Ordinal);

        // Her press names OS2forms and the command she wrote: the plan comes at once, and says which community.
        var data = ActionData(choice).Single(d => d[CardVerbs.CommunityKey]?.GetValue<string>() == TeamTwo);
        var plan = await PressPersonallyAsync(CardVerbs.CommunityChoose, data, "aad-alice", "Alice");
        Assert.Contains("Fællesskab: OS2forms", plan, StringComparison.Ordinal);
        Assert.Contains("Ugens plan", plan, StringComparison.Ordinal);

        // The next command needs no question: the choice is remembered, and every button carries the community.
        var log = (await SayPersonallyAsync("beslutninger", "aad-alice", "Alice")).Cards().Single();
        Assert.Contains("Fællesskab: OS2forms", BotHarness.Text(log), StringComparison.Ordinal);
        Assert.DoesNotContain("Fælles testmiljø", BotHarness.Text(log), StringComparison.Ordinal);
        Assert.All(ActionData(log), d => Assert.Equal(TeamTwo, d[CardVerbs.CommunityKey]?.GetValue<string>()));

        // "fællesskab" changes it back; OS2mo's log then holds its decision.
        var change = (await SayPersonallyAsync("fællesskab", "aad-alice", "Alice")).Cards().Single();
        Assert.Contains("Nu: OS2forms", BotHarness.Text(change), StringComparison.Ordinal);
        var chosen = await PressPersonallyAsync(CardVerbs.CommunityChoose,
            ActionData(change).Single(d => d[CardVerbs.CommunityKey]?.GetValue<string>() == ActivityBuilder.TeamId), "aad-alice", "Alice");
        Assert.Contains("handler nu om OS2mo", chosen, StringComparison.Ordinal);
        var mo = BotHarness.Text((await SayPersonallyAsync("beslutninger", "aad-alice", "Alice")).Cards().Single());
        Assert.Contains("Fællesskab: OS2mo", mo, StringComparison.Ordinal);
        Assert.Contains("Fælles testmiljø", mo, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_button_that_names_a_community_is_checked_against_the_pressers_roles_on_every_press()
    {
        // Bob holds no role in OS2forms: a card naming it (forged, or forwarded) does nothing for him.
        var forged = await PressPersonallyAsync(CardVerbs.RunCommand, new JsonObject
        {
            [CardVerbs.CommandKey] = CommandIds.Decisions, [CardVerbs.CommunityKey] = TeamTwo, ["lang"] = "da",
        }, "aad-bob", "Bob");
        Assert.Contains("Du har ikke længere en rolle i det fællesskab", forged, StringComparison.Ordinal);

        // Alice's OS2forms button works while she holds her role there, and not after it ended.
        var data = new JsonObject { [CardVerbs.CommandKey] = CommandIds.Decisions, [CardVerbs.CommunityKey] = TeamTwo, ["lang"] = "da" };
        Assert.Contains("Fællesskab: OS2forms", await PressPersonallyAsync(CardVerbs.RunCommand, data.DeepClone().AsObject(), "aad-alice", "Alice"),
            StringComparison.Ordinal);
        await Service<MemberStore>().EndMembershipAsync(TeamTwo, "aad-alice", "Teams", DateTimeOffset.UtcNow, default);
        var after = await PressPersonallyAsync(CardVerbs.RunCommand, data, "aad-alice", "Alice");
        Assert.Contains("Du har ikke længere en rolle i det fællesskab", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Beslutningslog", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_guest_from_another_tenant_votes_like_anyone_and_the_vote_counts()
    {
        var press = ActivityBuilder.Execute(Harness.ServiceUrl, CardVerbs.Vote,
            new JsonObject { ["decision"] = "B-2026-001", ["choice"] = "Approve", ["lang"] = "da" }, "aad-dana", "Dana");
        press["conversation"]!["tenantId"] = OtherTenant;
        press["channelData"]!["tenant"]!["id"] = OtherTenant;

        var response = await Harness.PostAsync(press);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var vote = Assert.Single(await Service<DecisionStore>().VotesAsync(ActivityBuilder.TeamId, First, default));
        Assert.Equal(("aad-dana", VoteChoice.Approve), (vote.VoterId, vote.Choice));
    }

    [Fact]
    public async Task My_data_holds_every_kind_of_the_persons_rows_and_nothing_of_anothers()
    {
        await SeedBobAndCarlAsync();

        var card = (await SayPersonallyAsync("mine data", "aad-bob", "Bob")).Cards().Single();
        var url = card["actions"]!.AsArray().Select(a => a!["url"]?.GetValue<string>()).Single(u => u is not null)!;
        var response = await Harness.Bot.Client.GetAsync(new Uri(url).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var files = Unzip(await response.Content.ReadAsByteArrayAsync());

        var json = JsonNode.Parse(files["mine-data.json"])!;
        var tables = json["tables"]!.AsObject().Select(t => t.Key).ToHashSet();
        foreach (var kind in new[]
                 {
                     TableNames.Members, TableNames.Decisions, TableNames.Backlog, TableNames.Tasks, TableNames.PersonalConversations,
                     TableNames.Dialogs, TableNames.Outbox,
                 })
        {
            Assert.Contains(kind, tables);
        }

        Assert.Contains("Godt forslag", files["mine-data.json"], StringComparison.Ordinal);
        Assert.Contains("aad-bob", files["mine-data.json"], StringComparison.Ordinal);
        Assert.Contains(ActivityBuilder.TeamId, files["mine-data.json"], StringComparison.Ordinal); // a channel id is no e-mail address
        foreach (var file in files.Values)
        {
            Assert.DoesNotContain("aad-carl", file, StringComparison.Ordinal);
            Assert.DoesNotContain("Carl", file, StringComparison.Ordinal);
            Assert.DoesNotContain("aad-alice", file, StringComparison.Ordinal);
            Assert.DoesNotContain("For dyrt", file, StringComparison.Ordinal);
        }

        // The link is Bob's alone: another person, or a later day, gets nothing.
        var forged = await Harness.Bot.Client.GetAsync(new Uri(url).PathAndQuery.Replace("aad-bob", "aad-carl", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
    }

    [Fact]
    public async Task My_datas_summary_is_in_Danish_grouped_by_what_it_is_on_the_Danish_clock_without_keys_JSON_or_stored_names()
    {
        await SeedBobAndCarlAsync();

        var card = (await SayPersonallyAsync("mine data", "aad-bob", "Bob")).Cards().Single();
        var url = card["actions"]!.AsArray().Select(a => a!["url"]?.GetValue<string>()).Single(u => u is not null)!;
        var summary = Unzip(await (await Harness.Bot.Client.GetAsync(new Uri(url).PathAndQuery)).Content.ReadAsByteArrayAsync())["oversigt.md"];

        // Grouped by what it is, each a sentence, with the decision's number and title beside the vote.
        foreach (var heading in new[] { "## Roller og fællesskaber", "## Stemmer", "## Ønsker", "## Indstillinger og din chat med botten", "## Beskeder til dig" })
        {
            Assert.Contains(heading, summary, StringComparison.Ordinal);
        }

        Assert.Contains("OS2mo: Dine roller nu: Styregruppe og Kommune (Aarhus Kommune).", summary, StringComparison.Ordinal);
        Assert.Matches(@"- \w+dag den \d{1,2}\. \w+ \d{4} kl\. \d{2}\.\d{2} · OS2mo: Du stemte »Godkend« til B-2026-001 »Fælles testmiljø«\. Din kommentar: »Godt forslag«\.", summary);
        Assert.Contains("Du rejste ønske #1 »Ønske fra Bob« for Aarhus Kommune.", summary, StringComparison.Ordinal);
        Assert.Contains("Dine påmindelser er sat på pause.", summary, StringComparison.Ordinal);
        Assert.Contains("OS2mo: Du har en påbegyndt dialog med botten (»onboarding ny«).", summary, StringComparison.Ordinal);
        Assert.Matches(@"Sendt til dig: \d+; venter: [1-9]\d*; kunne ikke sendes: \d+\.", summary);

        // The Danish clock: the vote was cast now, and its time reads as Copenhagen's.
        var copenhagen = CommunityClock.Of("Europe/Copenhagen").Zone;
        Assert.Contains(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, copenhagen).ToString("d. MMMM yyyy", new System.Globalization.CultureInfo("da-DK")),
            summary, StringComparison.Ordinal);

        // No storage keys, JSON, stored enum values or shortened text.
        foreach (var stored in new[] { "PartitionKey", "RowKey", "Json", "&#123;", "{", "Approve", "SimpleMajority", "Granted", "SteeringGroup", "aad-bob", "…", "%h|" })
        {
            Assert.DoesNotContain(stored, summary, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task After_erasure_no_table_holds_the_persons_id_except_the_pseudonym_map_tallies_stay_and_the_bot_works_for_others()
    {
        await SeedBobAndCarlAsync();
        var votesBefore = Tally(await Service<DecisionStore>().VotesAsync(ActivityBuilder.TeamId, First, default));
        var cardBefore = CardTally(BotHarness.Text((await Harness.SayAsync("beslutning B-2026-001")).Cards().Single()));
        Assert.Equal("Godkend 1 · Afvis 1 · Undlad 0 · Indsigelse 0", cardBefore);
        Assert.Contains(await Harness.TablesHoldingAsync("aad-bob"), t => t != TableNames.Pseudonyms);

        var confirm = (await SayPersonallyAsync("slet mine data", "aad-bob", "Bob")).Cards().Single();
        Assert.Contains("Det kan ikke fortrydes.", BotHarness.Text(confirm), StringComparison.Ordinal);
        Assert.DoesNotContain("eneste koordinator", BotHarness.Text(confirm), StringComparison.Ordinal);
        // The community's one coordinator is warned before pressing that nobody could change roles after them.
        var coordinators = await Service<MemberStore>().ListAsync(ActivityBuilder.TeamId, default);
        var coordinator = coordinators.Single(m => m.Roles.Contains(Role.Coordinator));
        var warned = (await SayPersonallyAsync("slet mine data", coordinator.AadObjectId, coordinator.Name)).Cards().Single();
        Assert.Contains("Du er den eneste koordinator i", BotHarness.Text(warned), StringComparison.Ordinal);
        var response = await Harness.PostAsync(TrustActivities.PersonalExecute(Harness.ServiceUrl, CardVerbs.DataErase,
            ActionData(confirm).Single(d => d[CardVerbs.VerbKey]?.GetValue<string>() == CardVerbs.DataErase),
            "aad-bob", "Bob"));
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var erased = TrustActivities.Read(answer);
        // The confirmation card is replaced by one that says what was done and has nothing left to press.
        Assert.Equal("AdaptiveCard", Assert.IsType<JsonObject>(answer["value"])["type"]?.GetValue<string>());
        Assert.Empty(ActionData(answer["value"]));

        Assert.Contains("»Tidligere medlem 1«", erased, StringComparison.Ordinal);
        Assert.Equal([TableNames.Pseudonyms], await Harness.TablesHoldingAsync("aad-bob"));
        Assert.Contains(TableNames.Members, await Harness.TablesHoldingAsync("aad-carl"));
        var votesAfter = await Service<DecisionStore>().VotesAsync(ActivityBuilder.TeamId, First, default);
        Assert.Equal(votesBefore, Tally(votesAfter));
        Assert.Contains(votesAfter, v => v.VoterId == "tidligere-medlem-1" && v.Choice == VoteChoice.Approve);
        Assert.Equal(cardBefore, CardTally(BotHarness.Text((await Harness.SayAsync("beslutning B-2026-001")).Cards().Single())));

        // Everyone else carries on: Carl changes his vote, Alice reads the record, which names Bob no more.
        var changed = await Harness.PressAsync(CardVerbs.Vote,
            new JsonObject { ["decision"] = "B-2026-001", ["choice"] = "Approve", ["lang"] = "da" }, "aad-carl", "Carl");
        Assert.DoesNotContain("Beklager", BotHarness.Text(changed["value"]), StringComparison.Ordinal);
        var record = BotHarness.Text((await Harness.SayAsync("beslutning B-2026-001")).Cards().Single());
        Assert.Contains("Fælles testmiljø", record, StringComparison.Ordinal);
        Assert.True(!record.Contains("Bob", StringComparison.Ordinal), record);
    }

    [Fact]
    public async Task The_coordinator_erases_a_person_who_has_left_and_no_one_else_can()
    {
        await SeedBobAndCarlAsync();
        Connector.Roster.RemoveAll(p => p.AadObjectId == "aad-bob");
        await Harness.PostAsync(TrustActivities.MemberRemoved(Harness.ServiceUrl, "aad-bob", "Bob"));

        var list = (await Harness.SayAsync("slet tidligere medlem")).Cards().Single();
        Assert.Contains("Bob", BotHarness.Text(list), StringComparison.Ordinal);
        var target = new JsonObject { [CardVerbs.PersonKey] = "aad-bob", ["lang"] = "da" };

        // Carl is no coordinator; Carl himself is still a member, so not even the coordinator erases him.
        var byCarl = await Harness.PressAsync(CardVerbs.DataEraseFormerConfirm, target.DeepClone().AsObject(), "aad-carl", "Carl");
        var ofCarl = await Harness.PressAsync(CardVerbs.DataEraseFormerConfirm,
            new JsonObject { [CardVerbs.PersonKey] = "aad-carl", ["lang"] = "da" });
        Assert.Equal("Det kræver rollen Koordinator. Spørg koordinatoren, hvis du skal have den.", TrustActivities.Read(byCarl));
        Assert.Contains("stadig en rolle", TrustActivities.Read(ofCarl), StringComparison.Ordinal);
        Assert.Contains(TableNames.Members, await Harness.TablesHoldingAsync("aad-bob"));

        var confirm = await Harness.PressAsync(CardVerbs.DataEraseFormer, target.DeepClone().AsObject());
        Assert.Contains("Slet data om Bob?", TrustActivities.Read(confirm), StringComparison.Ordinal);
        var done = await Harness.PressAsync(CardVerbs.DataEraseFormerConfirm, target);

        Assert.Contains("Data om Bob er slettet", TrustActivities.Read(done), StringComparison.Ordinal);
        Assert.Equal([TableNames.Pseudonyms], await Harness.TablesHoldingAsync("aad-bob"));
        Assert.Contains(TableNames.Members, await Harness.TablesHoldingAsync("aad-carl"));
    }

    [Fact]
    public async Task Help_offers_the_data_commands_in_the_personal_chat_and_not_in_the_channel()
    {
        var personal = BotHarness.Text((await SayPersonallyAsync("hjælp", "aad-bob", "Bob")).Cards().Single());
        var channel = BotHarness.Text((await Harness.SayAsync("hjælp", "aad-bob", "Bob")).Cards().Single());

        Assert.Contains("mine data", personal, StringComparison.Ordinal);
        Assert.Contains("slet mine data", personal, StringComparison.Ordinal);
        Assert.DoesNotContain("mine data", channel, StringComparison.Ordinal);
    }

    /// <summary>Bob and Carl each leave every kind of row: roles and history, a vote with a comment, a wish, a paused
    /// nudge, a personal chat, an open dialog and a queued message.</summary>
    private async Task SeedBobAndCarlAsync()
    {
        foreach (var (id, name, choice) in new[] { ("aad-bob", "Bob", "Approve"), ("aad-carl", "Carl", "Reject") })
        {
            var vote = await Harness.PressAsync(CardVerbs.Vote, new JsonObject
            {
                ["decision"] = "B-2026-001", ["choice"] = choice, ["comment"] = choice == "Approve" ? "Godt forslag" : "For dyrt", ["lang"] = "da",
            }, id, name);
            Assert.DoesNotContain("Beklager", BotHarness.Text(vote["value"]), StringComparison.Ordinal);
            var wish = await Harness.PressAsync(CardVerbs.WishSave, new JsonObject
            {
                [WishForm.TitleInput] = $"Ønske fra {name}", [WishForm.NeedInput] = "Som sagsbehandler ønsker jeg et felt, så jeg sparer tid.",
                [WishForm.ImportanceInput] = "High", [CardVerbs.ForceKey] = "true", ["lang"] = "da",
            }, id, name);
            Assert.Contains("er gemt", BotHarness.Text(wish["value"]), StringComparison.Ordinal);
            Assert.DoesNotContain("Beklager", (await SayPersonallyAsync("nudge pause", id, name)).Text ?? string.Empty, StringComparison.Ordinal);
            await Service<DialogStore>().SaveAsync(ActivityBuilder.TeamId, id, new DialogState("onboarding", 1,
                new Dictionary<string, string> { ["municipality"] = "Aarhus Kommune" }, ActivityBuilder.TeamId, "da",
                DateTimeOffset.UtcNow, DateTimeOffset.UtcNow), default);
            await Service<OutboxStore>().EnqueueAsync($"nudge|{ActivityBuilder.TeamId}|2026-W49|{id}",
                new OutboxTarget(Harness.ServiceUrl, ActivityBuilder.TenantId, ActivityBuilder.BotId, null, $"29:{id}"), "{}",
                DateTimeOffset.UtcNow, default);
        }
    }

    private static string CardTally(string card) =>
        System.Text.RegularExpressions.Regex.Match(card, @"Godkend \d+ · Afvis \d+ · Undlad \d+ · Indsigelse \d+").Value;

    private static string Tally(IEnumerable<Vote> votes) =>
        string.Join(",", votes.GroupBy(v => v.Choice).OrderBy(g => g.Key).Select(g => $"{g.Key}={g.Count()}"));

    private async Task<RecordedRequest> SayPersonallyAsync(string text, string aad, string name)
    {
        var before = Connector.Requests.Count;
        var response = await Harness.PostAsync(TrustActivities.PersonalMessage(Harness.ServiceUrl, text, aad, name));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Connector.Requests.Skip(before).Last(r => r.Method == "POST" && r.Path.Contains("/activities", StringComparison.Ordinal));
    }

    /// <summary>Presses a button in the person's personal chat; what the invoke answered, as text.</summary>
    private async Task<string> PressPersonallyAsync(string verb, JsonObject data, string aad, string name)
    {
        var response = await Harness.PostAsync(TrustActivities.PersonalExecute(Harness.ServiceUrl, verb, data, aad, name));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return TrustActivities.Read(JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    /// <summary>The data of every Action.Execute on a card (in its body and its actions).</summary>
    private static List<JsonObject> ActionData(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Action.Execute" && o["data"] is JsonObject data =>
            [(JsonObject)data.DeepClone()],
        JsonObject o => [.. o.Select(p => p.Value).SelectMany(ActionData)],
        JsonArray a => [.. a.SelectMany(ActionData)],
        _ => [],
    };

    private static Dictionary<string, string> Unzip(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        });
    }
}
