namespace CoordinatorBot.Tests.Backlog;

/// <summary>
/// A wish's way through the running bot (Azurite, a local connector): raised, a look-alike supported instead,
/// triaged into the backlog, sent to the steering group, accepted there, and delivered by its supplier.
/// </summary>
[Trait("Category", "Integration")]
// The scheduler is off: the outbox rows stay where the test can read them.
public sealed class BacklogFeatureTests() : ClockedBotFeatureTests(hostedScheduler: false)
{
    private BacklogStore Backlog => Service<BacklogStore>();
    private OutboxStore Outbox => Service<OutboxStore>();

    protected override Task SetUpAsync() => BacklogPeople.SetUpAsync(Harness, budgetHours: "100");

    [Fact]
    public async Task A_wish_goes_from_raised_to_delivered_through_support_triage_and_the_steering_group()
    {
        // Ida of Aarhus raises a wish; nothing alike exists, so it is saved at once.
        var saved = await Harness.PressAsync(CardVerbs.WishSave, BacklogPeople.Wish("Login med MitID"), "aad-ida", "Ida");
        Assert.Contains("Ønske #1 »Login med MitID« er gemt.", Text(saved), StringComparison.Ordinal);

        // Ole of Odense writes the same wish in other words: it is shown, with "Støt i stedet", and not saved.
        var alike = await Harness.PressAsync(CardVerbs.WishSave, BacklogPeople.Wish("mitid-login"), "aad-ole", "Ole");
        Assert.Contains("Der findes ønsker, der ligner.", Text(alike), StringComparison.Ordinal);
        Assert.Contains("Støt i stedet", Text(alike), StringComparison.Ordinal);
        Assert.Contains("Gem alligevel", Text(alike), StringComparison.Ordinal);
        Assert.Single((await Backlog.LoadAsync(TeamId, default)).Wishes);

        var supported = await Harness.PressAsync(CardVerbs.WishSupport, new JsonObject { ["wish"] = "1" }, "aad-ole", "Ole");
        Assert.Contains("Odense Kommune støtter nu ønske #1.", Text(supported), StringComparison.Ordinal);
        Assert.DoesNotContain("Klar til behandling", Text(supported), StringComparison.Ordinal);
        var ready = await Harness.PressAsync(CardVerbs.WishSupport, new JsonObject { ["wish"] = "1" }, "aad-vera", "Vera");
        Assert.Contains("Klar til behandling", Text(ready), StringComparison.Ordinal);
        Assert.Contains("3 kommuner", Text(ready), StringComparison.Ordinal);

        // Kim of the coordination group accepts it: 400 hours, beyond the 100 a quarter the group may spend.
        var accepted = await Harness.PressAsync(CardVerbs.WishAccept, new JsonObject
        {
            ["wish"] = "1", ["moscow.1"] = "Must", ["hours.1"] = "400", ["supplier.1"] = "Magenta ApS",
            ["criteria.1"] = "Borgeren kan logge ind med MitID\nBorgeren kan logge ud",
        }, "aad-kim", "Kim");
        Assert.Contains("Ønske #1 er taget ind i backloggen.", Text(accepted), StringComparison.Ordinal);
        Assert.Contains("skal til styregruppen", Text(accepted), StringComparison.Ordinal);
        foreach (var told in new[] { "aad-ida", "aad-ole", "aad-vera" })
        {
            Assert.NotNull(await Outbox.GetAsync($"backlog|{TeamId}|wish-accepted|1|{told}", default));
        }

        Assert.Null(await Outbox.GetAsync($"backlog|{TeamId}|wish-accepted|1|aad-kim", default));
        // Without GitHub configured nothing is queued for it.
        Assert.Null(await Service<GitHubQueueStore>().GetAsync(GitHubAction.CreateIssue, TeamId, 1, default));

        var prioritise = await Harness.PressAsync(CardVerbs.ItemPrioritise, new JsonObject { ["item"] = "1" }, "aad-kim", "Kim");
        Assert.Contains("ud over koordinationsgruppens mandat", Text(prioritise), StringComparison.Ordinal);
        Assert.Equal(ItemStatus.New, (await Backlog.GetItemAsync(TeamId, 1, default))!.Status);

        var escalated = await Harness.PressAsync(CardVerbs.ItemEscalate, new JsonObject { ["item"] = "1" }, "aad-kim", "Kim");
        Assert.Contains("#1 er sendt til styregruppen som B-2026-001.", Text(escalated), StringComparison.Ordinal);
        var decision = await Service<DecisionStore>().GetAsync(TeamId, new DecisionNumber(2026, 1), default);
        Assert.Equal(DecidingBody.SteeringGroup, decision!.Draft.Body);
        Assert.Contains("Backlog #1", decision.Draft.Title, StringComparison.Ordinal);
        Assert.Contains("#1", decision.Draft.Context, StringComparison.Ordinal);

        // Two of the three steering group members approve: the decision is accepted and the item prioritised.
        foreach (var (id, name) in new[] { ("aad-bob", "Bob"), ("aad-carl", "Carl") })
        {
            await Harness.PressAsync(CardVerbs.Vote, new JsonObject { ["decision"] = "B-2026-001", ["choice"] = "Approve" }, id, name);
        }

        var prioritised = await Backlog.GetItemAsync(TeamId, 1, default);
        Assert.Equal((ItemStatus.Prioritised, "B-2026-001"), (prioritised!.Status, prioritised.DecisionNumber));
        Assert.Equal(ItemChangeKind.DecidedBySteeringGroup, prioritised.History[^1].Kind);
        Assert.NotNull(await Outbox.GetAsync($"backlog|{TeamId}|item|1|Prioritised|aad-ida", default));

        // Another supplier may not move it; Magenta's Lis moves it to delivered, ticking the criteria.
        var other = await Harness.PressAsync(CardVerbs.ItemMove, new JsonObject { ["item"] = "1", ["status"] = "InProgress" }, "aad-nils", "Nils");
        Assert.Contains("Kun leverandøren Magenta ApS", Text(other), StringComparison.Ordinal);
        await Harness.PressAsync(CardVerbs.ItemMove, new JsonObject { ["item"] = "1", ["status"] = "InProgress" }, "aad-lis", "Lis");
        await Harness.PressAsync(CardVerbs.ItemMove, new JsonObject { ["item"] = "1", ["status"] = "InTest" }, "aad-lis", "Lis");
        var notTicked = await Harness.PressAsync(CardVerbs.ItemMove, new JsonObject { ["item"] = "1", ["status"] = "Delivered" }, "aad-lis", "Lis");
        Assert.Contains("Sæt flueben ved alle acceptkriterier", Text(notTicked), StringComparison.Ordinal);
        var delivered = await Harness.PressAsync(CardVerbs.ItemMove, new JsonObject
        {
            ["item"] = "1", ["status"] = "Delivered", ["criterion.0"] = "true", ["criterion.1"] = "true",
        }, "aad-lis", "Lis");
        Assert.Contains("#1 har nu status Leveret.", Text(delivered), StringComparison.Ordinal);

        var item = await Backlog.GetItemAsync(TeamId, 1, default);
        Assert.Equal(ItemStatus.Delivered, item!.Status);
        Assert.Equal([ItemChangeKind.Accepted, ItemChangeKind.Escalated, ItemChangeKind.DecidedBySteeringGroup, ItemChangeKind.StatusMoved,
            ItemChangeKind.StatusMoved, ItemChangeKind.StatusMoved], item.History.Select(h => h.Kind));
        Assert.Equal(["Kim", "Kim", "Styregruppe", "Lis", "Lis", "Lis"], item.History.Select(h => h.ByName));
        Assert.NotNull(await Outbox.GetAsync($"backlog|{TeamId}|item|1|Delivered|aad-vera", default));

        var board = await Harness.SayAsync("prioritering", "aad-kim", "Kim");
        Assert.Contains("Leveret i alt: 1.", BotHarness.Text(board.Cards().Single()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_title_finds_the_long_wish_it_repeats_and_not_the_long_lists_weak_matches()
    {
        string[] saved =
        [
            "Log ind med MitID på borgerpc", "MitID Erhverv til medarbejdere", "Login med brugernavn og adgangskode",
            "Login for eksterne konsulenter", "Underskrift med MitID i formularer", "Integration med KMD Opus", "Eksport af brugerlister til Excel",
            "Automatisk logud efter inaktivitet", "Rapport over antal logins pr. måned", "Skærmlås på borgerpc",
        ];
        foreach (var title in saved)
        {
            var wish = BacklogPeople.Wish(title);
            wish[CardVerbs.ForceKey] = "true";
            Assert.Contains("er gemt", Text(await Harness.PressAsync(CardVerbs.WishSave, wish, "aad-ida", "Ida")), StringComparison.Ordinal);
        }

        var alike = Text(await Harness.PressAsync(CardVerbs.WishSave, BacklogPeople.Wish("MitID-login"), "aad-ole", "Ole"));

        Assert.Contains("Der findes ønsker, der ligner.", alike, StringComparison.Ordinal);
        Assert.Contains("Log ind med MitID på borgerpc", alike, StringComparison.Ordinal);
        foreach (var weak in saved.Skip(1))
        {
            Assert.DoesNotContain(weak, alike, StringComparison.Ordinal);
        }

        Assert.Equal(saved.Length, (await Backlog.LoadAsync(TeamId, default)).Wishes.Count);
    }

    [Fact]
    public async Task Two_presses_of_send_to_the_steering_group_at_once_propose_one_decision()
    {
        await Harness.PressAsync(CardVerbs.WishSave, BacklogPeople.Wish("Login med MitID"), "aad-ida", "Ida");
        await Harness.PressAsync(CardVerbs.WishAccept, new JsonObject
        {
            ["wish"] = "1", ["moscow.1"] = "Must", ["hours.1"] = "400", ["supplier.1"] = "Magenta ApS", ["criteria.1"] = "Borgeren kan logge ind",
        }, "aad-kim", "Kim");

        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ =>
            Harness.PressAsync(CardVerbs.ItemEscalate, new JsonObject { ["item"] = "1" }, "aad-kim", "Kim")));

        Assert.Single(answers, a => Text(a).Contains("er sendt til styregruppen som B-2026-001", StringComparison.Ordinal));
        Assert.Equal(2, answers.Count(a => Text(a).Contains("kan ikke sendes til styregruppen", StringComparison.Ordinal)));
        Assert.Single(await Service<DecisionStore>().ListAsync(TeamId, default));
        var item = await Backlog.GetItemAsync(TeamId, 1, default);
        Assert.Equal(("B-2026-001", null), (item!.DecisionNumber, item.EscalatingSince));
    }

    [Fact]
    public async Task Two_items_prioritised_at_once_cannot_both_take_the_last_of_the_budget()
    {
        foreach (var (number, title, need) in new[]
        {
            (1, "Login med MitID", "Som borger ønsker jeg at logge ind med MitID."), (2, "Eksport til Excel", "Som sagsbehandler ønsker jeg lister i regneark."),
        })
        {
            var wish = BacklogPeople.Wish(title);
            wish[WishForm.NeedInput] = need;
            await Harness.PressAsync(CardVerbs.WishSave, wish, "aad-ida", "Ida");
            await Harness.PressAsync(CardVerbs.WishAccept, new JsonObject
            {
                ["wish"] = $"{number}", [$"moscow.{number}"] = "Must", [$"hours.{number}"] = "60", [$"supplier.{number}"] = "Magenta ApS",
                [$"criteria.{number}"] = "Det virker",
            }, "aad-kim", "Kim");
        }

        // Each fits the 100 hours alone; together they would take 120.
        var answers = await Task.WhenAll(new[] { "2", "1" }.Select(n =>
            Harness.PressAsync(CardVerbs.ItemPrioritise, new JsonObject { ["item"] = n }, "aad-kim", "Kim")));

        var items = (await Backlog.LoadAsync(TeamId, default)).Items;
        Assert.Single(items, i => i.Status == ItemStatus.Prioritised);
        Assert.Single(items, i => i.Status == ItemStatus.New && i.PrioritisedAt is null && i.History.All(h => h.Status != ItemStatus.Prioritised));
        Assert.Single(answers, a => Text(a).Contains("ud over koordinationsgruppens mandat", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_support_and_a_prioritisation_delivered_twice_are_kept_once_and_answered_alike_each_time()
    {
        var wish = BacklogPeople.Wish("Login med MitID");
        await Harness.PressAsync(CardVerbs.WishSave, wish, "aad-ida", "Ida");
        await Harness.PressAsync(CardVerbs.WishSave, BacklogPeople.Wish("Eksport til Excel"), "aad-ida", "Ida");

        // Teams delivers Ole's support twice (its first answer was late): one support, and each answer is the wish list.
        var support = ActivityBuilder.Execute(Harness.ServiceUrl, CardVerbs.WishSupport, new JsonObject { ["wish"] = "1" }, "aad-ole", "Ole");
        var supported = new List<string>();
        foreach (var delivery in new[] { (JsonObject)support.DeepClone(), support })
        {
            using var response = await Harness.PostAsync(delivery);
            supported.Add(Text(JsonNode.Parse(await response.Content.ReadAsStringAsync())!));
        }

        Assert.Single(await Backlog.SupportsAsync(TeamId, 1, default));
        Assert.All(supported, answer => Assert.Contains("Login med MitID", answer, StringComparison.Ordinal));
        Assert.Contains("Odense Kommune", supported[0], StringComparison.Ordinal);

        await Harness.PressAsync(CardVerbs.WishAccept, new JsonObject
        {
            ["wish"] = "2", ["moscow.2"] = "Must", ["hours.2"] = "10", ["supplier.2"] = "Magenta ApS", ["criteria.2"] = "Det virker",
        }, "aad-kim", "Kim");
        var prioritise = ActivityBuilder.Execute(Harness.ServiceUrl, CardVerbs.ItemPrioritise, new JsonObject { ["item"] = "2" }, "aad-kim", "Kim");
        var prioritised = new List<string>();
        foreach (var delivery in new[] { (JsonObject)prioritise.DeepClone(), prioritise })
        {
            using var response = await Harness.PostAsync(delivery);
            prioritised.Add(Text(JsonNode.Parse(await response.Content.ReadAsStringAsync())!));
        }

        var item = (await Backlog.GetItemAsync(TeamId, 2, default))!;
        Assert.Equal(ItemStatus.Prioritised, item.Status);
        Assert.Single(item.History, h => h.Status == ItemStatus.Prioritised);
        Assert.All(prioritised, answer => Assert.Contains("#2 har nu status Prioriteret.", answer, StringComparison.Ordinal));

        // Someone else pressing "Prioritér" on it later is told where it stands, and nothing changes.
        var later = await Harness.PressAsync(CardVerbs.ItemPrioritise, new JsonObject { ["item"] = "2" }, "aad-kim", "Kim");
        Assert.Contains("#2 har nu status Prioriteret.", Text(later), StringComparison.Ordinal);
        var after = (await Backlog.GetItemAsync(TeamId, 2, default))!;
        Assert.Equal((item.History.Count, item.PrioritisedAt), (after.History.Count, after.PrioritisedAt));
    }

    [Fact]
    public async Task The_coordinator_merges_two_wishes_and_records_a_support_on_a_municipalitys_behalf()
    {
        await Harness.PressAsync(CardVerbs.WishSave, BacklogPeople.Wish("Fraværsstatistik pr. afdeling"), "aad-ida", "Ida");
        await Harness.PressAsync(CardVerbs.WishSave, BacklogPeople.Wish("Mørk tilstand"), "aad-ole", "Ole");
        await Harness.PressAsync(CardVerbs.WishSupport, new JsonObject { ["wish"] = "2" }, "aad-vera", "Vera");

        var merged = await Harness.PressAsync(CardVerbs.WishMerge, new JsonObject { ["wish"] = "2", ["mergeInto.2"] = "1" });
        var onBehalf = await Harness.PressAsync(CardVerbs.WishSupport, new JsonObject { ["wish"] = "1", ["onBehalf.1"] = "Køge" });

        Assert.Contains("Ønske #2 er flettet ind i #1", Text(merged), StringComparison.Ordinal);
        Assert.Contains("Køge Kommune støtter nu ønske #1.", Text(onBehalf), StringComparison.Ordinal);
        var snapshot = await Backlog.LoadAsync(TeamId, default);
        Assert.Equal(["Aarhus", "Køge", "Odense", "Vejle"], WishSupports.Municipalities(snapshot.Wish(1)!, snapshot.Supports));
        Assert.True(snapshot.Supports.Single(s => s.Municipality == "Køge").OnBehalf);
        var shown = await Harness.PressAsync(CardVerbs.WishShow, new JsonObject { ["wish"] = "1" }, "aad-kim", "Kim");
        Assert.Contains("Køge Kommune (registreret af koordinatoren)", Text(shown), StringComparison.Ordinal);
        Assert.Contains("Odense Kommune og Vejle Kommune", Text(shown), StringComparison.Ordinal);
        Assert.Contains("Tag ind i backloggen", Text(shown), StringComparison.Ordinal);
        Assert.Equal((WishStatus.Merged, 1), (snapshot.Wish(2)!.Status, snapshot.Wish(2)!.MergedInto));
    }

    [Fact]
    public async Task A_support_given_while_its_wish_is_merged_is_not_lost()
    {
        for (var round = 0; round < 4; round++)
        {
            var kept = 2 * round + 1;
            var merged = kept + 1;
            foreach (var (title, need) in new[] { ($"Fravær {round}", "Som leder ønsker jeg fraværstal."), ($"Mørk tilstand {round}", "Som bruger ønsker jeg mørke farver.") })
            {
                var form = BacklogPeople.Wish(title);
                form[WishForm.NeedInput] = need;
                form[CardVerbs.ForceKey] = "true";
                await Harness.PressAsync(CardVerbs.WishSave, form, "aad-ida", "Ida");
            }

            // Vera supports the second while the coordinator merges it into the first.
            var answers = await Task.WhenAll(
                Harness.PressAsync(CardVerbs.WishSupport, new JsonObject { ["wish"] = $"{merged}" }, "aad-vera", "Vera"),
                Harness.PressAsync(CardVerbs.WishMerge, new JsonObject { ["wish"] = $"{merged}", ["mergeInto." + merged] = $"{kept}" }));

            var snapshot = await Backlog.LoadAsync(TeamId, default);
            Assert.Equal(WishStatus.Merged, snapshot.Wish(merged)!.Status);
            var refused = Text(answers[0]).Contains($"Ønske #{merged} er ikke længere åbent", StringComparison.Ordinal);
            Assert.True(refused || WishSupports.Municipalities(snapshot.Wish(kept)!, snapshot.Supports).Contains("Vejle"),
                $"round {round}: Vejle's support was taken ('{Text(answers[0])}') but does not count for #{kept}");
        }
    }

    [Fact]
    public async Task The_wish_list_ranks_by_support_filters_and_pages()
    {
        for (var i = 1; i <= 12; i++)
        {
            // Alike titles: "Gem alligevel" each time.
            var form = BacklogPeople.Wish($"Ønske nummer {i}");
            form[CardVerbs.ForceKey] = "true";
            await Harness.PressAsync(CardVerbs.WishSave, form, "aad-ida", "Ida");
            Time.Advance(TimeSpan.FromMinutes(1));
        }

        await Harness.PressAsync(CardVerbs.WishSupport, new JsonObject { ["wish"] = "7" }, "aad-ole", "Ole");

        var first = BotHarness.Text((await Harness.SayAsync("ønsker", "aad-ida", "Ida")).Cards().Single());
        Assert.InRange(first.IndexOf("**#7**", StringComparison.Ordinal), 0, first.IndexOf("**#1**", StringComparison.Ordinal));
        Assert.DoesNotContain("**#12**", first, StringComparison.Ordinal);
        Assert.Contains("Næste side", first, StringComparison.Ordinal);
        var second = await Harness.PressAsync(CardVerbs.WishesPage, new JsonObject { ["page"] = "1", ["filter"] = "" }, "aad-ida", "Ida");
        Assert.Contains("**#12**", Text(second), StringComparison.Ordinal);
        var odense = BotHarness.Text((await Harness.SayAsync("ønsker Odense", "aad-ida", "Ida")).Cards().Single());
        Assert.Contains("**#7**", odense, StringComparison.Ordinal);
        Assert.DoesNotContain("**#1**", odense, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_coordinators_week_holds_wishes_ready_for_triage_and_items_beyond_the_mandate_and_a_supplier_is_nudged_of_their_work()
    {
        await Harness.PressAsync(CardVerbs.WishSave, BacklogPeople.Wish("Login med MitID"), "aad-ida", "Ida");
        await Harness.PressAsync(CardVerbs.WishSave, BacklogPeople.Wish("Fraværsstatistik"), "aad-ida", "Ida");
        await Harness.PressAsync(CardVerbs.WishSupport, new JsonObject { ["wish"] = "1" }, "aad-ole", "Ole");
        await Harness.PressAsync(CardVerbs.WishSupport, new JsonObject { ["wish"] = "1" }, "aad-vera", "Vera");
        await Harness.PressAsync(CardVerbs.WishSave, BacklogPeople.Wish("Mørk tilstand"), "aad-ida", "Ida");
        await Harness.PressAsync(CardVerbs.WishAccept, new JsonObject
        {
            ["wish"] = "3", ["moscow.3"] = "Could", ["hours.3"] = "500", ["supplier.3"] = "Magenta ApS", ["criteria.3"] = "Mørk tilstand kan vælges",
        }, "aad-kim", "Kim");
        await Harness.PressAsync(CardVerbs.WishAccept, new JsonObject
        {
            ["wish"] = "2", ["moscow.2"] = "Must", ["hours.2"] = "20", ["supplier.2"] = "Magenta ApS", ["criteria.2"] = "Statistik pr. afdeling",
        }, "aad-kim", "Kim");
        await Harness.PressAsync(CardVerbs.ItemPrioritise, new JsonObject { ["item"] = "2" }, "aad-kim", "Kim");
        await Harness.PressAsync(CardVerbs.ItemMove, new JsonObject { ["item"] = "2", ["status"] = "InProgress" }, "aad-lis", "Lis");

        var week = BotHarness.Text((await Harness.SayAsync("opgaver")).Cards().Single());

        Assert.Contains("Ønske klar til behandling: #1 Login med MitID", week, StringComparison.Ordinal);
        Assert.Contains("Backlog-punkt over mandatet: #3 Mørk tilstand", week, StringComparison.Ordinal);
        Assert.DoesNotContain("#2 Fraværsstatistik", week, StringComparison.Ordinal);
        // The backlog's own contributor: the week has one per feature.
        var contributor = Harness.Bot.Services.GetServices<CoordinatorBot.Bot.Communities.IWeekContributor>().OfType<CoordinatorBot.Bot.Features.Backlog.BacklogWeek>().Single();
        var community = (await Service<CommunityStore>().GetAsync(TeamId, default))!;
        var members = await Service<MemberStore>().ListAsync(TeamId, default);
        var texts = new CoordinatorBot.Cards.Localization.Texts(CoordinatorBot.Cards.Localization.Language.Danish);
        var lis = await contributor.NudgeSectionsAsync(community, members.Single(m => m.AadObjectId == "aad-lis"), texts, default);
        var nils = await contributor.NudgeSectionsAsync(community, members.Single(m => m.AadObjectId == "aad-nils"), texts, default);
        Assert.Equal(["#2 Fraværsstatistik · I gang"], Assert.Single(lis).Lines);
        Assert.Empty(nils);
    }

    [Fact]
    public async Task A_declined_wish_needs_a_reason_and_its_raiser_and_supporters_are_told()
    {
        await Harness.PressAsync(CardVerbs.WishSave, BacklogPeople.Wish("Mørk tilstand"), "aad-ida", "Ida");
        await Harness.PressAsync(CardVerbs.WishSupport, new JsonObject { ["wish"] = "1" }, "aad-ole", "Ole");

        var bare = await Harness.PressAsync(CardVerbs.WishDecline, new JsonObject { ["wish"] = "1" }, "aad-kim", "Kim");
        var declined = await Harness.PressAsync(CardVerbs.WishDecline, new JsonObject { ["wish"] = "1", ["reason.1"] = "Ligger uden for produktets formål." },
            "aad-kim", "Kim");

        Assert.Contains("Skriv en begrundelse, når du afviser et ønske.", Text(bare), StringComparison.Ordinal);
        Assert.Contains("Ønske #1 er afvist.", Text(declined), StringComparison.Ordinal);
        var wish = await Backlog.GetWishAsync(TeamId, 1, default);
        Assert.Equal((WishStatus.Declined, "Ligger uden for produktets formål.", "Kim"), (wish!.Status, wish.DeclineReason, wish.DecidedByName));
        foreach (var told in new[] { "aad-ida", "aad-ole" })
        {
            Assert.NotNull(await Outbox.GetAsync($"backlog|{TeamId}|wish-declined|1|{told}", default));
        }

        Assert.Null(await Outbox.GetAsync($"backlog|{TeamId}|wish-declined|1|aad-vera", default));
    }

    [Fact]
    public async Task Setup_keeps_the_support_threshold_and_the_budget_and_refuses_a_threshold_of_none()
    {
        var refused = await Harness.PressAsync(CardVerbs.SaveSetup, new JsonObject
        {
            ["productName"] = "OS2mo", ["timeZone"] = "Europe/Copenhagen", ["hourBudget"] = "10", ["lang"] = "da",
            [SetupCard.SupportThresholdInput] = "0", [SetupCard.BacklogPeriodInput] = "Year",
        });
        var saved = await Harness.PressAsync(CardVerbs.SaveSetup, new JsonObject
        {
            ["productName"] = "OS2mo", ["timeZone"] = "Europe/Copenhagen", ["hourBudget"] = "10", ["lang"] = "da",
            [SetupCard.SupportThresholdInput] = "2", [SetupCard.BacklogHoursInput] = "7,5", [SetupCard.BacklogDkkInput] = "300000",
            [SetupCard.BacklogPeriodInput] = "Year",
        });

        Assert.Contains("Minimumsstøtten skal være 1–98 kommuner", Text(refused), StringComparison.Ordinal);
        Assert.Contains("Ønsker: klar til behandling med 2 kommuner. Backlog-budget: 7,5 timer og 300.000 kr. pr. år.", Text(saved), StringComparison.Ordinal);
        var community = await Service<CommunityStore>().GetAsync(TeamId, default);
        Assert.Equal((2, new BacklogBudget(7.5m, 300000m, BudgetPeriod.Year)), (community!.SupportThreshold, community.BacklogBudget));
    }

    /// <summary>What the person reads in the answer: a card's text, or a line of text.</summary>
    private static string Text(JsonNode answer) =>
        answer["value"] is JsonValue line && line.GetValueKind() == System.Text.Json.JsonValueKind.String ? line.GetValue<string>() : BotHarness.Text(answer["value"]);
}
