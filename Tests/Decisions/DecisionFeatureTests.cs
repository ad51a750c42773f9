namespace CoordinatorBot.Tests.Decisions;

/// <summary>Proposing, voting, closing and the decision log through the whole bot, against Azurite and a local connector.</summary>
[Trait("Category", "Integration")]
// The scheduler is off: the tests run the deadline job and the outbox themselves, so nothing races them.
public sealed class DecisionFeatureTests() : ClockedBotFeatureTests(hostedScheduler: false)
{
    private DecisionStore Decisions => Service<DecisionStore>();

    protected override Task SetUpAsync() => DecisionPeople.SetUpAsync(Harness);

    [Fact]
    public async Task A_proposal_is_numbered_posted_in_the_channel_mentioning_the_body_and_shown_to_the_proposer()
    {
        var answer = await ProposeAsync("Budget for sikkerhedsopdateringer");

        Assert.Contains("B-2026-001 er sendt til afstemning i kanalen.", BotHarness.Text(answer["value"]), StringComparison.Ordinal);
        var posted = Connector.Sent("POST").Single(r => r.Path.EndsWith($"{Uri.EscapeDataString(TeamId)}/activities", StringComparison.Ordinal)
            && r.Text is null && BotHarness.Text(r.Cards().FirstOrDefault()).Contains("B-2026-001", StringComparison.Ordinal));
        var card = posted.Cards().Single();
        Assert.Equal(["29:aad-bob", "29:aad-carl", "29:aad-dora"], card["msteams"]!["entities"]!.AsArray().Select(e => e!["mentioned"]!["id"]!.GetValue<string>()));
        Assert.Contains("<at>Bob</at>", BotHarness.Text(card), StringComparison.Ordinal);
        // The body's members and the proposer (who reads the vote comments) see their own card.
        Assert.Equal(["29:aad-bob", "29:aad-carl", "29:aad-dora", "29:aad-alice"], card["refresh"]!["userIds"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.DoesNotContain(CardVerbs.Vote, card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("fredag den 4. december 2026 kl. 12.00", BotHarness.Text(card), StringComparison.Ordinal);
        var decision = await Decisions.GetAsync(TeamId, new DecisionNumber(2026, 1), default);
        Assert.Equal((DecisionStatus.Proposed, "Alice"), (decision!.Status, decision.ProposerName));
        Assert.Equal(DateTimeOffset.Parse("2026-12-04T11:00:00Z", CultureInfo.InvariantCulture), decision.Draft.Deadline);
    }

    [Fact]
    public async Task Required_fields_are_checked_again_on_the_server_and_nothing_is_saved()
    {
        var answer = await Harness.PressAsync(CardVerbs.ProposeDecision, Form("", deadlineDate: "2026-11-01"));

        var text = BotHarness.Text(answer["value"]);
        Assert.Contains("Forslaget blev ikke sendt.", text, StringComparison.Ordinal);
        Assert.Contains("Skriv en titel", text, StringComparison.Ordinal);
        Assert.Contains("Vælg en frist ude i fremtiden.", text, StringComparison.Ordinal);
        Assert.Empty(await Decisions.ListAsync(TeamId, default));
    }

    [Fact]
    public async Task Someone_without_a_body_role_cannot_propose()
    {
        var answer = await Harness.PressAsync(CardVerbs.ProposeDecision, Form("Snuppet"), aad: "aad-eve", name: "Eve");

        Assert.Equal("Kun koordinatoren og medlemmer af styregruppen eller koordinationsgruppen kan foreslå beslutninger.",
            answer["value"]!.GetValue<string>());
        Assert.Empty(await Decisions.ListAsync(TeamId, default));
    }

    [Fact]
    public async Task A_members_vote_replaces_their_card_and_the_shared_card_is_updated_for_everyone()
    {
        await ProposeAsync("Ny integration");

        var answer = await VoteAsync("aad-bob", "Bob", VoteChoice.Approve, "God idé");

        var text = BotHarness.Text(answer["value"]);
        Assert.Contains("Din stemme er registreret: Godkend.", text, StringComparison.Ordinal);
        Assert.Contains("Din stemme: Godkend", text, StringComparison.Ordinal);
        var update = await WaitForAsync(() => Connector.Sent("PUT").LastOrDefault(r =>
            BotHarness.Text(r.Cards().FirstOrDefault()).Contains("Godkend 1 · Afvis 0", StringComparison.Ordinal)));
        Assert.Contains(";messageid=", Uri.UnescapeDataString(update.Path), StringComparison.Ordinal);
        Assert.Contains("Mangler at stemme: Carl, Dora", BotHarness.Text(update.Cards().Single()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_vote_from_outside_the_body_is_refused_politely_and_not_counted()
    {
        await ProposeAsync("Ny integration");

        // Eve is not in the steering group; the card data even claims to be Bob's.
        var answer = await Harness.PressAsync(CardVerbs.Vote, new JsonObject
        {
            ["decision"] = "B-2026-001", ["choice"] = "Reject", ["aadObjectId"] = "aad-bob", ["voter"] = "aad-bob",
        }, aad: "aad-eve", name: "Eve");

        Assert.Contains("Kun medlemmer af styregruppe kan stemme om B-2026-001.", BotHarness.Text(answer["value"]), StringComparison.Ordinal);
        Assert.Empty(await Decisions.VotesAsync(TeamId, new DecisionNumber(2026, 1), default));
    }

    [Fact]
    public async Task The_majority_closes_the_decision_at_once_announces_it_and_refuses_later_votes()
    {
        await ProposeAsync("Ny integration");

        await VoteAsync("aad-bob", "Bob", VoteChoice.Approve);
        await VoteAsync("aad-carl", "Carl", VoteChoice.Approve);
        var late = await VoteAsync("aad-dora", "Dora", VoteChoice.Reject);

        var decision = await Decisions.GetAsync(TeamId, new DecisionNumber(2026, 1), default);
        Assert.Equal((DecisionStatus.Accepted, RuleReason.Majority), (decision!.Status, decision.CloseReason));
        Assert.Contains("B-2026-001 er afsluttet: Accepteret. Flertal for.", BotHarness.Text(late["value"]), StringComparison.Ordinal);
        Assert.Equal(2, (await Decisions.VotesAsync(TeamId, decision.Number, default)).Count);
        var outcome = Assert.Single(Connector.Sent("POST"), r => r.Text?.StartsWith("B-2026-001 er accepteret", StringComparison.Ordinal) == true);
        Assert.Contains(";messageid=", Uri.UnescapeDataString(outcome.Path), StringComparison.Ordinal);
        var final = await WaitForAsync(() => Connector.Sent("PUT").LastOrDefault(r =>
            BotHarness.Text(r.Cards().FirstOrDefault()).Contains("Accepteret", StringComparison.Ordinal)));
        Assert.Null(final.Cards().Single()["refresh"]);
        Assert.DoesNotContain(CardVerbs.Vote, final.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fifty_members_voting_in_the_same_second_make_fifty_votes_and_the_right_tally()
    {
        var members = Service<MemberStore>();
        var voters = Enumerable.Range(0, 50).Select(i => ($"aad-v{i:00}", $"Medlem {i:00}")).ToList();
        foreach (var (id, name) in voters)
        {
            await members.UpdateAsync(TeamId, id, _ => new Member(id, name, new HashSet<Role> { Role.SteeringGroup }, null), default);
        }

        await ProposeAsync("Stor afstemning", rule: "ProposerRecords");

        // Teams is slow to take the shared card's update: every vote arrives while the first update is under way.
        Connector.Hold("PUT");
        var answers = await Task.WhenAll(voters.Select((v, i) => VoteAsync(v.Item1, v.Item2, i % 3 == 0 ? VoteChoice.Reject : VoteChoice.Approve)));
        Connector.Release();

        Assert.All(answers, a => Assert.Contains("Din stemme er registreret", BotHarness.Text(a["value"]), StringComparison.Ordinal));
        var votes = await Decisions.VotesAsync(TeamId, new DecisionNumber(2026, 1), default);
        Assert.Equal(50, votes.Count);
        Assert.Equal((33, 17), (votes.Count(v => v.Choice == VoteChoice.Approve), votes.Count(v => v.Choice == VoteChoice.Reject)));
        var audit = await Decisions.AuditAsync(TeamId, new DecisionNumber(2026, 1), default);
        Assert.Equal(50, audit.Count(a => a.Action == AuditAction.Voted));
        await WaitForAsync(() => Connector.Sent("PUT").LastOrDefault(r =>
            BotHarness.Text(r.Cards().FirstOrDefault()).Contains("Godkend 33 · Afvis 17", StringComparison.Ordinal)));
        // Requests for the card that arrive while an update waits or runs merge into one: the first update, then at most
        // one more with everything that came meanwhile.
        Assert.InRange(Connector.Sent("PUT").Count, 1, 2);
    }

    [Fact]
    public async Task A_changed_vote_replaces_the_earlier_one_and_is_kept_in_the_history()
    {
        await ProposeAsync("Ny integration", rule: "ProposerRecords");

        await VoteAsync("aad-bob", "Bob", VoteChoice.Reject);
        await VoteAsync("aad-bob", "Bob", VoteChoice.Abstain);

        var vote = Assert.Single(await Decisions.VotesAsync(TeamId, new DecisionNumber(2026, 1), default));
        Assert.Equal(VoteChoice.Abstain, vote.Choice);
        await AssertVotedOnceThenChangedAsync();
    }

    [Fact]
    public async Task A_redelivered_vote_is_answered_with_the_card_but_counted_once_even_after_a_later_vote()
    {
        await ProposeAsync("Ny integration", rule: "ProposerRecords");
        var approve = VoteActivity("aad-bob", "Bob", VoteChoice.Approve);
        var approveAgain = VoteActivity("aad-bob", "Bob", VoteChoice.Approve);
        var reject = VoteActivity("aad-bob", "Bob", VoteChoice.Reject);

        var first = await PressAsync(approve);
        var again = await PressAsync(approve);
        // A second press of the same button, which changes nothing, then a change of mind.
        await PressAsync(approveAgain);
        await PressAsync(reject);
        // The service redelivers both earlier presses after the change: the vote stays as Bob last chose.
        var late = await PressAsync(approve);
        var lateAgain = await PressAsync(approveAgain);

        Assert.All(new[] { first, again, late, lateAgain }, answer => Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)answer["type"]));
        Assert.Contains("Din stemme er registreret: Afvis.", BotHarness.Text(lateAgain["value"]), StringComparison.Ordinal);
        Assert.Equal(VoteChoice.Reject, Assert.Single(await Decisions.VotesAsync(TeamId, new DecisionNumber(2026, 1), default)).Choice);
        await AssertVotedOnceThenChangedAsync();
    }

    [Fact]
    public async Task A_vote_answered_as_a_new_message_is_claimed_like_any_press_and_answered_once()
    {
        await ProposeAsync("Ny integration", rule: "ProposerRecords");
        var press = VoteActivity("aad-bob", "Bob", VoteChoice.Approve);
        press["value"]!["action"]!["data"]![CardVerbs.AnswerKey] = CardVerbs.AnswerAsNewMessage;
        var before = Connector.Sent("POST").Count;

        var first = await Harness.PostAsync((JsonObject)press.DeepClone());
        var again = await Harness.PostAsync(press);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        Assert.Single(Connector.Sent("POST").Skip(before), r => BotHarness.Text(r.Cards().FirstOrDefault()).Contains("Din stemme er registreret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_vote_delivered_twice_at_the_same_moment_is_counted_once()
    {
        await ProposeAsync("Ny integration", rule: "ProposerRecords");
        await VoteAsync("aad-bob", "Bob", VoteChoice.Approve);
        var change = VoteActivity("aad-bob", "Bob", VoteChoice.Reject);

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PressAsync(change)));

        Assert.All(answers, answer => Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)answer["type"]));
        Assert.Equal(VoteChoice.Reject, Assert.Single(await Decisions.VotesAsync(TeamId, new DecisionNumber(2026, 1), default)).Choice);
        await AssertVotedOnceThenChangedAsync();
    }

    [Fact]
    public async Task At_the_deadline_the_rule_decides_with_the_votes_cast()
    {
        await ProposeAsync("Ny integration");
        await VoteAsync("aad-bob", "Bob", VoteChoice.Approve);

        Time.Advance(TimeSpan.FromDays(8));
        var closed = await Service<DecisionService>().CloseOverdueAsync(default);

        Assert.Equal(1, closed);
        var decision = await Decisions.GetAsync(TeamId, new DecisionNumber(2026, 1), default);
        Assert.Equal((DecisionStatus.Accepted, RuleReason.Majority), (decision!.Status, decision.CloseReason));
        Assert.Equal(Time.GetUtcNow(), decision.ClosedAt);
        var sender = Service<CoordinatorBot.Bot.Scheduling.OutboxSender>();
        // The scheduler's announcement goes through the outbox.
        await Eventually.TrueAsync(async () =>
        {
            await sender.DeliverDueAsync(default);
            return Connector.Sent("POST").Any(r => r.Text?.StartsWith("B-2026-001", StringComparison.Ordinal) == true);
        }, "the outcome to be announced");

        var outcome = Assert.Single(Connector.Sent("POST"), r => r.Text?.StartsWith("B-2026-001 er accepteret", StringComparison.Ordinal) == true);
        Assert.Contains(";messageid=", Uri.UnescapeDataString(outcome.Path), StringComparison.Ordinal);
        Assert.Equal(0, await Service<DecisionService>().CloseOverdueAsync(default));
    }

    [Fact]
    public async Task Nobody_voting_by_the_deadline_rejects_the_proposal()
    {
        await ProposeAsync("Glemt forslag");

        Time.Advance(TimeSpan.FromDays(8));
        var answer = await VoteAsync("aad-bob", "Bob", VoteChoice.Approve);

        Assert.Contains("Ingen stemte inden fristen.", BotHarness.Text(answer["value"]), StringComparison.Ordinal);
        Assert.Equal(DecisionStatus.Rejected, (await Decisions.GetAsync(TeamId, new DecisionNumber(2026, 1), default))!.Status);
    }

    [Fact]
    public async Task The_coordinator_closes_by_hand_and_an_accepted_decision_supersedes_the_old_one_both_ways()
    {
        await ProposeAsync("Gammel politik", rule: "ProposerRecords");
        await CloseAsync("B-2026-001", "Accepted", "Vedtaget på mødet 1. december");
        await ProposeAsync("Ny politik", rule: "ProposerRecords", supersedes: "B-2026-001");

        var answer = await CloseAsync("B-2026-002", "Accepted", "Vedtaget");

        Assert.Contains("B-2026-002 er accepteret. Vedtaget. Registreret af Alice.", BotHarness.Text(answer["value"]), StringComparison.Ordinal);
        var old = await Decisions.GetAsync(TeamId, new DecisionNumber(2026, 1), default);
        var newer = await Decisions.GetAsync(TeamId, new DecisionNumber(2026, 2), default);
        Assert.Equal((DecisionStatus.Superseded, new DecisionNumber(2026, 2)), (old!.Status, old.SupersededBy));
        Assert.Equal(new DecisionNumber(2026, 1), newer!.Draft.Supersedes);
        var shown = await Harness.SayAsync("beslutning B-2026-001");
        var text = BotHarness.Text(shown.Cards().Single());
        Assert.Contains("Erstattet af B-2026-002", text, StringComparison.Ordinal);
        Assert.Contains("Historik", text, StringComparison.Ordinal);
        Assert.Contains("erstattede den med B-2026-002", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_an_accepted_decision_can_be_superseded()
    {
        await ProposeAsync("Åbent forslag", rule: "ProposerRecords");

        var answer = await Harness.PressAsync(CardVerbs.ProposeDecision, Form("Erstatning", supersedes: "B-2026-001"));

        Assert.Contains("Kun en accepteret beslutning kan erstattes.", BotHarness.Text(answer["value"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_who_is_neither_coordinator_nor_proposer_cannot_close()
    {
        await ProposeAsync("Ny integration", rule: "ProposerRecords");

        var answer = await Harness.PressAsync(CardVerbs.CloseDecision,
            new JsonObject { ["decision"] = "B-2026-001", ["outcome"] = "Accepted", ["outcomeText"] = "Jeg bestemmer" }, aad: "aad-bob", name: "Bob");

        Assert.Equal("Kun koordinatoren eller forslagsstilleren kan afslutte beslutningen.", answer["value"]!.GetValue<string>());
        Assert.True((await Decisions.GetAsync(TeamId, new DecisionNumber(2026, 1), default))!.IsOpen);
    }

    [Fact]
    public async Task A_members_own_view_comes_through_the_cards_refresh_and_onlookers_see_no_buttons()
    {
        await ProposeAsync("Ny integration");
        await VoteAsync("aad-carl", "Carl", VoteChoice.Abstain);

        var carl = await Harness.PressAsync(CardVerbs.RefreshDecision, new JsonObject { ["decision"] = "B-2026-001" }, aad: "aad-carl", name: "Carl");
        var eve = await Harness.PressAsync(CardVerbs.RefreshDecision, new JsonObject { ["decision"] = "B-2026-001" }, aad: "aad-eve", name: "Eve");

        Assert.Contains("Din stemme: Undlad", BotHarness.Text(carl["value"]), StringComparison.Ordinal);
        Assert.Contains(CardVerbs.Vote, carl["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(CardVerbs.Vote, eve["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(CardVerbs.CloseDecision, eve["value"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_log_lists_newest_first_filters_and_pages()
    {
        for (var i = 1; i <= 12; i++)
        {
            await ProposeAsync($"Forslag {i}", rule: "ProposerRecords", type: i % 2 == 0 ? "Architecture" : "Operational");
        }

        await CloseAsync("B-2026-003", "Rejected", "Nej tak");

        var all = BotHarness.Text((await Harness.SayAsync("beslutninger")).Cards().Single());
        var rejected = BotHarness.Text((await Harness.SayAsync("beslutninger afvist")).Cards().Single());
        var architecture = BotHarness.Text((await Harness.SayAsync("decisions architecture 2026 forslag", locale: "en-US")).Cards().Single());
        var page2 = await Harness.PressAsync(CardVerbs.DecisionsPage, new JsonObject { ["page"] = "2", ["filter"] = "" });

        Assert.True(all.IndexOf("B-2026-012", StringComparison.Ordinal) < all.IndexOf("B-2026-011", StringComparison.Ordinal));
        Assert.Contains("Side 1 af 2 · 12 beslutninger", all, StringComparison.Ordinal);
        Assert.DoesNotContain("B-2026-002", all, StringComparison.Ordinal);
        Assert.Contains("B-2026-003", rejected, StringComparison.Ordinal);
        Assert.Contains("Side 1 af 1 · 1 beslutning", rejected, StringComparison.Ordinal);
        Assert.DoesNotContain("1 beslutninger", rejected, StringComparison.Ordinal);
        Assert.Contains("Side 1 af 1 · 6 beslutninger", architecture, StringComparison.Ordinal);
        Assert.Contains("B-2026-002", BotHarness.Text(page2["value"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_vote_comment_is_read_by_the_body_and_the_proposer_on_the_card_and_in_the_history_and_by_no_one_else()
    {
        var members = Service<MemberStore>();
        await members.UpdateAsync(TeamId, "aad-erik", _ => new Member("aad-erik", "Erik", new HashSet<Role> { Role.CoordinationGroup }, null, "29:aad-erik"), default);
        await ProposeAsync("Budget for sikkerhedsopdateringer");
        await VoteAsync("aad-bob", "Bob", VoteChoice.Approve, "Enig, men kun for 2027");
        await VoteAsync("aad-bob", "Bob", VoteChoice.Abstain, "Jeg er inhabil");

        async Task<string> RefreshedAsync(string aad, string name) => BotHarness.Text((await Harness.PressAsync(CardVerbs.RefreshDecision,
            new JsonObject { ["decision"] = "B-2026-001", ["lang"] = "da" }, aad, name))["value"]);
        var carl = await RefreshedAsync("aad-carl", "Carl");
        Assert.Contains("Kommentarer til afstemningen", carl, StringComparison.Ordinal);
        Assert.Contains("Jeg er inhabil", carl, StringComparison.Ordinal);
        Assert.Contains("Jeg er inhabil", await RefreshedAsync("aad-alice", "Alice"), StringComparison.Ordinal);
        var erik = await RefreshedAsync("aad-erik", "Erik");
        Assert.Contains("B-2026-001", erik, StringComparison.Ordinal);
        Assert.DoesNotContain("inhabil", erik, StringComparison.Ordinal);
        Assert.DoesNotContain("Kommentarer", erik, StringComparison.Ordinal);

        // The history keeps both votes with their comments, for the body only, and only where the reader alone sees it:
        // on their own card, not in a reply in the channel that everyone reads.
        var history = BotHarness.Text((await Harness.PressAsync(CardVerbs.ShowDecision,
            new JsonObject { ["decision"] = "B-2026-001", ["lang"] = "da" }, "aad-dora", "Dora"))["value"]);
        Assert.Contains("Bob stemte Godkend: »Enig, men kun for 2027«", history, StringComparison.Ordinal);
        Assert.Contains("Jeg er inhabil", history, StringComparison.Ordinal);
        var inChannel = BotHarness.Text((await Harness.SayAsync("beslutning B-2026-001", "aad-dora", "Dora")).Cards().Single());
        Assert.Contains("Bob stemte Godkend", inChannel, StringComparison.Ordinal);
        Assert.DoesNotContain("inhabil", inChannel, StringComparison.Ordinal);
        Assert.Contains("vises ikke her i kanalen", inChannel, StringComparison.Ordinal);
        var erikHistory = BotHarness.Text((await Harness.SayAsync("beslutning B-2026-001", "aad-erik", "Erik")).Cards().Single());
        Assert.Contains("Bob stemte Godkend", erikHistory, StringComparison.Ordinal);
        Assert.DoesNotContain("Enig", erikHistory, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_export_link_downloads_the_Markdown_pages_an_index_and_a_CSV_and_a_tampered_or_old_link_gets_403()
    {
        await ProposeAsync("Budget for sikkerhedsopdateringer", rule: "ProposerRecords");
        await VoteAsync("aad-bob", "Bob", VoteChoice.Approve, "Enig | helt");
        await CloseAsync("B-2026-001", "Accepted", "Vedtaget");

        var card = (await Harness.SayAsync("eksportér beslutninger")).Cards().Single();
        var link = new Uri(card["actions"]![0]!["url"]!.GetValue<string>());
        using var response = await Harness.Bot.Client.GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("2026-11-27-budget-for-sikkerhedsopdateringer.md", names);
        Assert.Contains("index.md", names);
        Assert.Contains("beslutningslog.csv", names);
        var page = await ReadAsync(zip, "2026-11-27-budget-for-sikkerhedsopdateringer.md");
        Assert.StartsWith("---\ntitle: \"B-2026-001 Budget for sikkerhedsopdateringer\"\nparent: \"Beslutningslog\"\nnav_order: 1\n", page, StringComparison.Ordinal);
        Assert.Contains("| Status | Accepteret |", page, StringComparison.Ordinal);
        // The public log says who voted how; a comment belongs to the body's deliberation, never to the public.
        Assert.Contains("- Bob – Godkend\n", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Enig", page, StringComparison.Ordinal);
        var csv = await ReadBytesAsync(zip, "beslutningslog.csv");
        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
        Assert.Contains("B-2026-001;Budget for sikkerhedsopdateringer;Accepteret;Operationel beslutning", Encoding.UTF8.GetString(csv), StringComparison.Ordinal);

        var tampered = link.PathAndQuery.Replace("community=", "community=x", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await Harness.Bot.Client.GetAsync(tampered)).StatusCode);
        Time.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.Forbidden, (await Harness.Bot.Client.GetAsync(link.PathAndQuery)).StatusCode);
    }

    /// <summary>B-2026-001's history: proposed, one vote, one change of it (a redelivered or repeated press adds nothing).</summary>
    private async Task AssertVotedOnceThenChangedAsync() =>
        Assert.Equal([AuditAction.Proposed, AuditAction.Voted, AuditAction.VoteChanged],
            (await Decisions.AuditAsync(TeamId, new DecisionNumber(2026, 1), default)).Select(a => a.Action));

    private async Task<JsonNode> ProposeAsync(string title, string rule = "body", string type = "Operational", string? supersedes = null)
    {
        var answer = await Harness.PressAsync(CardVerbs.ProposeDecision, Form(title, rule, type, supersedes: supersedes));
        Assert.Contains("er sendt til afstemning", BotHarness.Text(answer["value"]), StringComparison.Ordinal);
        return answer;
    }

    private Task<JsonNode> VoteAsync(string aad, string name, VoteChoice choice, string? comment = null) =>
        Later().PressAsync(CardVerbs.Vote, new JsonObject { ["decision"] = "B-2026-001", ["choice"] = choice.ToString(), ["comment"] = comment, ["lang"] = "da" },
            aad: aad, name: name);

    /// <summary>One press of a vote button: the same activity (its id) each time it is sent.</summary>
    private JsonObject VoteActivity(string aad, string name, VoteChoice choice) =>
        ActivityBuilder.Execute(Harness.ServiceUrl, CardVerbs.Vote,
            new JsonObject { ["decision"] = "B-2026-001", ["choice"] = choice.ToString(), ["lang"] = "da" }, aad, name);

    private async Task<JsonNode> PressAsync(JsonObject activity)
    {
        var response = await Later().PostAsync((JsonObject)activity.DeepClone());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private Task<JsonNode> CloseAsync(string number, string outcome, string text) =>
        Later().PressAsync(CardVerbs.CloseDecision, new JsonObject { ["decision"] = number, ["outcome"] = outcome, ["outcomeText"] = text, ["lang"] = "da" });

    /// <summary>A second passes between one person's action and the next.</summary>
    private BotHarness Later()
    {
        Time.Advance(TimeSpan.FromSeconds(1));
        return Harness;
    }

    private static JsonObject Form(string title, string rule = "body", string type = "Operational", string deadlineDate = "2026-12-04",
        string? supersedes = null) => new()
    {
        ["lang"] = "da", ["title"] = title, ["type"] = type, ["body"] = "SteeringGroup",
        ["context"] = "Der kommer flere sårbarheder.", ["proposal"] = "Leverandøren må bruge op til 20 timer pr. hændelse.",
        ["consequences"] = "", ["implementation"] = "Leverandøren", ["risks"] = "", ["deadlineDate"] = deadlineDate, ["deadlineTime"] = "12:00",
        ["rule"] = rule, ["participation"] = "0", ["supersedes"] = supersedes,
    };

    private static Task<RecordedRequest> WaitForAsync(Func<RecordedRequest?> find) =>
        Eventually.FoundAsync(find, "the expected request");

    private static async Task<string> ReadAsync(ZipArchive zip, string name) => Encoding.UTF8.GetString(await ReadBytesAsync(zip, name));

    private static async Task<byte[]> ReadBytesAsync(ZipArchive zip, string name)
    {
        await using var stream = await zip.GetEntry(name)!.OpenAsync();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}
