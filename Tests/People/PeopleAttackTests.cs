using CoordinatorBot.Tests.Trust;

namespace CoordinatorBot.Tests.People;

/// <summary>
/// Issue #13 from the attacker's side, through the whole bot: Alice coordinates OS2mo and OS2forms; Bob and Carl sit in
/// OS2mo's steering group with Dorte, who has not voted yet; Eva is on OS2mo's team with no role and no chat with the bot. Each test tries to make the
/// bot show, erase or act on someone it should not.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PeopleAttackTests() : BotFeatureTests(hostedScheduler: false)
{
    private const string MeetingId = "20261127-0000000001";
    private static readonly DecisionNumber First = new(2026, 1);

    protected override async Task SetUpAsync()
    {
        Connector.Roster.AddRange([("aad-alice", "Alice"), ("aad-bob", "Bob"), ("aad-carl", "Carl"), ("aad-dorte", "Dorte"), ("aad-eva", "Eva Holm"),
            ("aad-approve", "Approve")]);
        foreach (var (id, email) in new[]
                 {
                     ("aad-alice", "alice@os2.dk"), ("aad-bob", "bob@aarhus.dk"), ("aad-carl", "carl@odense.dk"), ("aad-eva", "eva@kl.dk"),
                 })
        {
            Connector.Emails[id] = email;
        }

        await Harness.SetUpCommunityAsync();
        await Harness.SetUpSecondCommunityAsync();
        var members = Service<MemberStore>();
        foreach (var (id, name) in new[] { ("aad-bob", "Bob"), ("aad-carl", "Carl"), ("aad-dorte", "Dorte") })
        {
            await members.ChangeRolesAsync(ActivityBuilder.TeamId, id,
                _ => new Member(id, name, new HashSet<Role> { Role.SteeringGroup }, null, $"29:{id}"), "Alice", DateTimeOffset.UtcNow, default);
        }

        await Harness.ProposeTestEnvironmentAsync("2027-12-10");
        foreach (var (id, name, choice) in new[] { ("aad-bob", "Bob", "Approve"), ("aad-carl", "Carl", "Reject") })
        {
            var vote = await Harness.PressAsync(CardVerbs.Vote,
                new JsonObject { ["decision"] = "B-2026-001", ["choice"] = choice, ["lang"] = "da" }, id, name);
            Assert.DoesNotContain("Beklager", BotHarness.Text(vote["value"]), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task My_data_shows_no_one_elses_name_id_or_address_from_a_meeting_they_shared_not_even_of_people_without_a_role()
    {
        await SeedMeetingAsync();

        var files = await DownloadAsync(await MyDataLinkAsync("aad-bob", "Bob"));

        var all = string.Join('\n', files.Values);
        Assert.Contains("Budget 2027", all, StringComparison.Ordinal);
        // Both files read as written: Danish letters, not JSON's escapes.
        Assert.All(files.Values, file => Assert.Contains("Styregruppemøde december", file, StringComparison.Ordinal));
        Assert.Contains("bob@aarhus.dk", all, StringComparison.Ordinal);
        foreach (var other in new[] { "alice@os2.dk", "carl@odense.dk", "eva@kl.dk", "ekstern@leverandor.dk", "aad-eva", "Eva Holm", "aad-carl", "Carl" })
        {
            Assert.True(!all.Contains(other, StringComparison.Ordinal), $"Bob's data shows {other}");
        }
    }

    [Fact]
    public async Task After_erasure_no_table_holds_the_persons_address_either_and_the_meeting_keeps_its_attendees()
    {
        await SeedMeetingAsync();

        await EraseOwnDataAsync("aad-bob", "Bob");

        Assert.Equal([TableNames.Pseudonyms], await Harness.TablesHoldingAsync("aad-bob"));
        Assert.Empty(await Harness.TablesHoldingAsync("bob@aarhus.dk"));
        var meeting = (await Service<MeetingStore>().GetAsync(ActivityBuilder.TeamId, MeetingId, default))!;
        Assert.Equal(5, meeting.Attendees.Count);
        Assert.Contains(meeting.Attendees, a => a is { Name: "Tidligere medlem 1", AadObjectId: "tidligere-medlem-1" });
        Assert.Contains(meeting.Attendees, a => a is { Name: "Carl", Email: "carl@odense.dk" });
    }

    [Fact]
    public async Task After_erasure_no_record_keeps_the_persons_name_where_it_stood_without_their_id()
    {
        // Bob proposes: the decision's history says so by his name alone.
        var proposed = await Harness.PressAsync(CardVerbs.ProposeDecision, new JsonObject
        {
            ["lang"] = "da", ["title"] = "Nyt testmiljø", ["type"] = "Operational", ["body"] = "SteeringGroup",
            ["context"] = "Et miljø mere.", ["proposal"] = "Et miljø mere.", ["deadlineDate"] = "2027-12-10",
            ["deadlineTime"] = "12:00", ["rule"] = "body", ["participation"] = "0",
        }, "aad-bob", "Bob");
        Assert.Contains("er sendt til afstemning", BotHarness.Text(proposed["value"]), StringComparison.Ordinal);

        await EraseOwnDataAsync("aad-bob", "Bob");

        Assert.Empty(await Harness.TablesHoldingAsync("Bob"));
        var record = BotHarness.Text((await Harness.SayAsync("beslutning B-2026-002")).Cards().Single());
        Assert.Contains("Tidligere medlem 1", record, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_whose_display_name_is_a_stored_word_erases_their_data_and_the_records_still_read()
    {
        // A guest's tenant lets them call themselves "Approve": the word every approving vote is stored as.
        var assigned = await Harness.PressAsync(CardVerbs.AssignRole, new JsonObject { ["person"] = "aad-approve", ["role"] = "SteeringGroup" });
        Assert.Contains("Approve er nu medlem af styregruppen", BotHarness.Text(assigned["value"]), StringComparison.Ordinal);
        var vote = await Harness.PressAsync(CardVerbs.Vote,
            new JsonObject { ["decision"] = "B-2026-001", ["choice"] = "Approve", ["lang"] = "da" }, "aad-approve", "Approve");
        Assert.DoesNotContain("Beklager", BotHarness.Text(vote["value"]), StringComparison.Ordinal);

        // Bob's export still says how he voted.
        var export = (await DownloadAsync(await MyDataLinkAsync("aad-bob", "Bob")))["mine-data.json"];
        Assert.Contains("\"choice\": \"Approve\"", export, StringComparison.Ordinal);

        await EraseOwnDataAsync("aad-approve", "Approve");

        Assert.Equal("Approve=2,Reject=1", Tally(await Service<DecisionStore>().VotesAsync(ActivityBuilder.TeamId, First, default)));
        var record = BotHarness.Text((await Harness.SayAsync("beslutning B-2026-001")).Cards().Single());
        Assert.Contains("Godkend 2 · Afvis 1", record, StringComparison.Ordinal);
        Assert.Equal([TableNames.Pseudonyms], await Harness.TablesHoldingAsync("aad-approve"));
    }

    [Fact]
    public async Task Erasing_a_person_keeps_the_coordinators_open_dialog_that_names_them_with_the_pseudonym_instead()
    {
        // Alice is onboarding Aarhus and has chosen Bob, from the team, as the professional contact.
        var said = new List<string>();
        foreach (var answer in new[] { "onboarding ny", "Aarhus", "Os2Member", "Bob" })
        {
            var reply = await Harness.SayAsync(answer);
            said.Add(BotHarness.Text(reply.Cards().SingleOrDefault()) + reply.Text);
        }

        Assert.True(said[^1].Contains("teknisk", StringComparison.OrdinalIgnoreCase), string.Join("\n---\n", said));
        var place = ActivityBuilder.TeamId;
        var before = await Service<DialogStore>().GetAsync(place, "aad-alice", default);
        Assert.NotNull(before);
        Assert.Contains("aad-bob", before.Answers["professional"], StringComparison.Ordinal);

        await EraseOwnDataAsync("aad-bob", "Bob");

        var after = await Service<DialogStore>().GetAsync(place, "aad-alice", default);
        Assert.NotNull(after);
        Assert.Equal(before.Step, after.Step);
        Assert.DoesNotContain("aad-bob", after.Answers["professional"], StringComparison.Ordinal);
        Assert.DoesNotContain("Bob", after.Answers["professional"], StringComparison.Ordinal);
        Assert.Contains("Tidligere medlem 1", after.Answers["professional"], StringComparison.Ordinal);
        Assert.Equal([TableNames.Pseudonyms], await Harness.TablesHoldingAsync("aad-bob"));
    }

    [Fact]
    public async Task A_press_in_a_channel_acts_for_that_channels_community_whatever_community_the_card_names()
    {
        // In OS2forms' channel a button forged to name OS2mo shows OS2forms' log, not OS2mo's decision.
        var press = ActivityBuilder.Execute(Harness.ServiceUrl, CardVerbs.RunCommand, new JsonObject
        {
            [CardVerbs.CommandKey] = CommandIds.Decisions, [CardVerbs.CommunityKey] = ActivityBuilder.TeamId, ["lang"] = "da",
        }, teamId: TeamTwo);
        var response = await Harness.PostAsync(press);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = TrustActivities.Read(JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
        Assert.Contains("Beslutningslog", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Fælles testmiljø", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_coordinator_cannot_erase_someone_who_left_another_community_nor_anyone_from_a_forged_erasure_button()
    {
        Connector.Roster.RemoveAll(p => p.AadObjectId == "aad-bob");
        await Harness.PostAsync(TrustActivities.MemberRemoved(Harness.ServiceUrl, "aad-bob", "Bob"));
        var target = new JsonObject { [CardVerbs.PersonKey] = "aad-bob", ["lang"] = "da" };

        // Alice coordinates OS2forms, where Bob never was: from its channel she cannot erase him.
        var fromTwo = ActivityBuilder.Execute(Harness.ServiceUrl, CardVerbs.DataEraseFormerConfirm, target, teamId: TeamTwo);
        var refused = TrustActivities.Read(JsonNode.Parse(await (await Harness.PostAsync(fromTwo)).Content.ReadAsStringAsync())!);
        Assert.DoesNotContain("er slettet", refused, StringComparison.Ordinal);
        Assert.Contains(TableNames.Members, await Harness.TablesHoldingAsync("aad-bob"));

        // Carl's own erasure button, its data naming Alice, erases Carl and nobody else.
        var erased = await PressPersonallyAsync(CardVerbs.DataErase,
            new JsonObject { [CardVerbs.PersonKey] = "aad-alice", ["person"] = "aad-alice", ["lang"] = "da" }, "aad-carl", "Carl");
        Assert.Contains("Tidligere medlem", erased, StringComparison.Ordinal);
        Assert.Equal([TableNames.Pseudonyms], await Harness.TablesHoldingAsync("aad-carl"));
        Assert.True((await Service<MemberStore>().GetAsync(ActivityBuilder.TeamId, "aad-alice", default))!.Holds(Role.Coordinator));
    }

    [Fact]
    public async Task A_pseudonym_is_no_former_member_the_coordinator_can_erase_again()
    {
        await EraseOwnDataAsync("aad-bob", "Bob");

        // The list of former members does not offer the pseudonym, and a card naming it erases nothing.
        var list = BotHarness.Text((await Harness.SayAsync("slet tidligere medlem")).Cards().Single());
        Assert.DoesNotContain("Tidligere medlem 1", list, StringComparison.Ordinal);
        var again = await Harness.PressAsync(CardVerbs.DataEraseFormerConfirm,
            new JsonObject { [CardVerbs.PersonKey] = "tidligere-medlem-1", ["lang"] = "da" });

        Assert.Contains("allerede slettet", TrustActivities.Read(again), StringComparison.Ordinal);
        var votes = await Service<DecisionStore>().VotesAsync(ActivityBuilder.TeamId, First, default);
        Assert.Contains(votes, v => v is { VoterId: "tidligere-medlem-1", Choice: VoteChoice.Approve });
        Assert.Empty(await Harness.TablesHoldingAsync("tidligere-medlem-2"));
    }

    [Fact]
    public async Task Two_erasures_at_once_give_one_pseudonym_and_the_tally_stays()
    {
        var before = Tally(await Service<DecisionStore>().VotesAsync(ActivityBuilder.TeamId, First, default));

        await Task.WhenAll(EraseOwnDataAsync("aad-bob", "Bob"), EraseOwnDataAsync("aad-bob", "Bob"));

        var votes = await Service<DecisionStore>().VotesAsync(ActivityBuilder.TeamId, First, default);
        Assert.Equal(before, Tally(votes));
        Assert.Single(votes, v => v.VoterId.StartsWith("tidligere-medlem-", StringComparison.Ordinal));
        Assert.Equal([TableNames.Pseudonyms], await Harness.TablesHoldingAsync("aad-bob"));
    }

    [Fact]
    public async Task A_person_who_erased_their_data_and_is_given_a_role_again_counts_once_in_an_open_decision()
    {
        await EraseOwnDataAsync("aad-bob", "Bob");
        // Bob's seat went with his data, but his vote still counts under his pseudonym: Dorte has not voted, so the
        // decision stays open, even once the shared card's update has looked at it again.
        Service<SharedCardQueue>().Request(ActivityBuilder.TeamId, First);
        await Eventually.TrueAsync(() => Service<SharedCardQueue>().IsIdle, "the shared card's update");
        Assert.Equal(DecisionStatus.Proposed, (await Service<DecisionStore>().GetAsync(ActivityBuilder.TeamId, First, default))!.Status);
        // Bob is still on the team; Alice gives him his seat back.
        var assigned = await Harness.PressAsync(CardVerbs.AssignRole, new JsonObject { ["person"] = "aad-bob", ["role"] = "SteeringGroup" });
        Assert.DoesNotContain("Beklager", BotHarness.Text(assigned["value"]), StringComparison.Ordinal);

        var vote = await Harness.PressAsync(CardVerbs.Vote,
            new JsonObject { ["decision"] = "B-2026-001", ["choice"] = "Approve", ["lang"] = "da" }, "aad-bob", "Bob");

        Assert.DoesNotContain("Beklager", BotHarness.Text(vote["value"]), StringComparison.Ordinal);
        var votes = await Service<DecisionStore>().VotesAsync(ActivityBuilder.TeamId, First, default);
        Assert.Equal("Approve=1,Reject=1", Tally(votes));
        Assert.True(votes.Any(v => v is { VoterId: "aad-bob", Choice: VoteChoice.Approve }), BotHarness.Text(assigned["value"]) + " / " + BotHarness.Text(vote["value"]));
        Assert.Equal("Godkend 1 · Afvis 1 · Undlad 0 · Indsigelse 0",
            System.Text.RegularExpressions.Regex.Match(BotHarness.Text((await Harness.SayAsync("beslutning B-2026-001")).Cards().Single()),
                @"Godkend \d+ · Afvis \d+ · Undlad \d+ · Indsigelse \d+").Value);
    }

    [Fact]
    public async Task An_erased_person_who_writes_again_starts_afresh_and_their_old_link_opens_nothing_of_the_kept_records()
    {
        var oldLink = await MyDataLinkAsync("aad-bob", "Bob");
        await EraseOwnDataAsync("aad-bob", "Bob");

        // The link made before the erasure still opens (it is theirs), but holds nothing: the kept records are no longer theirs.
        var old = await DownloadAsync(oldLink);
        Assert.DoesNotContain("tidligere-medlem", old["mine-data.json"], StringComparison.Ordinal);
        Assert.DoesNotContain(TableNames.Decisions, old["mine-data.json"], StringComparison.Ordinal);

        // Writing again is a fresh start: help answers, and a new export holds only the new chat.
        var help = await SayPersonallyAsync("hjælp", "aad-bob", "Bob");
        Assert.DoesNotContain("Beklager", BotHarness.Text(help.Cards().SingleOrDefault()) + help.Text, StringComparison.Ordinal);
        var fresh = JsonNode.Parse((await DownloadAsync(await MyDataLinkAsync("aad-bob", "Bob")))["mine-data.json"])!;
        Assert.Equal([TableNames.PersonalConversations], fresh["tables"]!.AsObject().Select(t => t.Key).ToList());
    }

    [Fact]
    public async Task A_data_link_with_a_later_expiry_another_language_or_a_cut_signature_is_refused()
    {
        var link = await MyDataLinkAsync("aad-bob", "Bob");
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        var expires = long.Parse(query["expires"]!, CultureInfo.InvariantCulture);

        foreach (var (key, value) in new[]
                 {
                     ("expires", (expires + 3600).ToString(CultureInfo.InvariantCulture)), ("expires", "0" + query["expires"]),
                     ("lang", "en"), ("signature", query["signature"]![..^2]), ("person", "AAD-BOB"),
                 })
        {
            var tampered = System.Web.HttpUtility.ParseQueryString(link.Query);
            tampered[key] = value;
            var response = await Harness.Bot.Client.GetAsync($"{link.AbsolutePath}?{tampered}");
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{key}={value} gave {response.StatusCode}");
        }
    }

    /// <summary>A steering-group meeting: Alice planned it; Bob, Carl, Eva (no role) and a supplier's address attend.</summary>
    private async Task SeedMeetingAsync()
    {
        var start = DateTimeOffset.Parse("2026-12-08T09:00:00Z", CultureInfo.InvariantCulture);
        Assert.True(await Service<MeetingStore>().AddAsync(ActivityBuilder.TeamId, new Meeting
        {
            Id = MeetingId, Kind = MeetingKind.SteeringGroup, Title = "Styregruppemøde december", Start = start, End = start.AddMinutes(90),
            Invitees = new MeetingInvitees([DecidingBody.SteeringGroup], ["aad-eva"], ["ekstern@leverandor.dk"]),
            Attendees =
            [
                new MeetingAttendee("Alice", "alice@os2.dk", "aad-alice"), new MeetingAttendee("Bob", "bob@aarhus.dk", "aad-bob"),
                new MeetingAttendee("Carl", "carl@odense.dk", "aad-carl"), new MeetingAttendee("Eva Holm", "eva@kl.dk", "aad-eva"),
                new MeetingAttendee("ekstern@leverandor.dk", "ekstern@leverandor.dk"),
            ],
            Agenda = ["Budget 2027"], TransactionId = MeetingId, CreatedById = "aad-alice", CreatedByName = "Alice", CreatedByEmail = "alice@os2.dk",
            CreatedAt = DateTimeOffset.UtcNow,
        }, default));
    }

    private async Task EraseOwnDataAsync(string aad, string name)
    {
        var erased = await PressPersonallyAsync(CardVerbs.DataErase, new JsonObject { ["lang"] = "da" }, aad, name);
        Assert.Contains("Tidligere medlem", erased, StringComparison.Ordinal);
    }

    private async Task<Uri> MyDataLinkAsync(string aad, string name)
    {
        var card = (await SayPersonallyAsync("mine data", aad, name)).Cards().Single();
        return new Uri(card["actions"]!.AsArray().Select(a => a!["url"]?.GetValue<string>()).Single(u => u is not null)!);
    }

    private async Task<Dictionary<string, string>> DownloadAsync(Uri link)
    {
        var response = await Harness.Bot.Client.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var archive = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        });
    }

    private static string Tally(IEnumerable<Vote> votes) =>
        string.Join(",", votes.GroupBy(v => v.Choice).OrderBy(g => g.Key).Select(g => $"{g.Key}={g.Count()}"));

    private async Task<RecordedRequest> SayPersonallyAsync(string text, string aad, string name)
    {
        var before = Connector.Requests.Count;
        var response = await Harness.PostAsync(TrustActivities.PersonalMessage(Harness.ServiceUrl, text, aad, name));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Connector.Requests.Skip(before).Last(r => r.Method == "POST" && r.Path.Contains("/activities", StringComparison.Ordinal));
    }

    private async Task<string> PressPersonallyAsync(string verb, JsonObject data, string aad, string name)
    {
        var response = await Harness.PostAsync(TrustActivities.PersonalExecute(Harness.ServiceUrl, verb, data, aad, name));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return TrustActivities.Read(JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
