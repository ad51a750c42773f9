using CoordinatorBot.Bot.Features.Onboarding;
using CoordinatorBot.Tests.Features;

namespace CoordinatorBot.Tests.Onboarding;

/// <summary>The onboarding dialog and checklist through the whole bot, against Azurite and a local connector.</summary>
[Trait("Category", "Integration")]
public sealed class OnboardingFeatureTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-11-27T09:00:00Z", CultureInfo.InvariantCulture);
    private readonly FakeTimeProvider _time = new(Start);
    private readonly string _prefix = TestSettings.NewTablePrefix();
    private BotHarness _harness;

    public OnboardingFeatureTests() => _harness = NewHarness();

    private FakeConnector Connector => _harness.Connector;
    private OnboardingStore Store => _harness.Service<OnboardingStore>();
    private static string TeamId => ActivityBuilder.TeamId;

    public async Task InitializeAsync()
    {
        await _harness.InitializeAsync();
        Connector.Roster.AddRange([("aad-alice", "Alice"), ("aad-bob", "Bob"), ("aad-mette", "Mette Hansen"), ("aad-sam", "Sam")]);
        await _harness.SetUpCommunityAsync();
        var members = _harness.Service<MemberStore>();
        foreach (var (id, name, role) in new[] { ("aad-bob", "Bob", Role.Supplier), ("aad-mette", "Mette Hansen", Role.Municipality), ("aad-sam", "Sam", Role.Secretariat) })
        {
            await members.UpdateAsync(TeamId, id, _ => new Member(id, name, new HashSet<Role> { role }, role == Role.Municipality ? "Aarhus" : null), default);
        }
    }

    public Task DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task The_dialog_forgives_typos_goes_back_asks_again_with_the_reason_and_makes_the_checklist()
    {
        Assert.Contains("Hvilken kommune skal onboardes?", await SayAsync("onboarding ny"), StringComparison.Ordinal);
        var afterTypo = await SayAsync("Arhus");
        Assert.Contains("Hvilken medlemsmodel?", afterTypo, StringComparison.Ordinal);
        Assert.Contains("Noteret: Aarhus Kommune", afterTypo, StringComparison.Ordinal);
        Assert.Contains("Hvilken kommune skal onboardes?", await SayAsync("tilbage"), StringComparison.Ordinal);
        var refused = await SayAsync("Atlantis");
        Assert.Contains("Jeg kender ikke »Atlantis« som en af Danmarks 98 kommuner.", refused, StringComparison.Ordinal);
        Assert.Contains("Trin 1 af 6", refused, StringComparison.Ordinal);
        Assert.Contains("Mente du Frederiksberg Kommune", await SayAsync("Frederiks"), StringComparison.Ordinal);
        await SayAsync("Aarhus Kommune");
        Assert.Contains("Hvem er faglig kontaktperson?", await SayAsync("Medlem af OS2"), StringComparison.Ordinal);
        Assert.Contains("Vælg en person fra teamet", await SayAsync("bare et navn"), StringComparison.Ordinal);
        Assert.Contains("Noteret: Mette Hansen (mh@aarhus.dk)", await SayAsync("Mette Hansen mh@aarhus.dk"), StringComparison.Ordinal);
        await SayAsync("Bob");
        await SayAsync("Magenta ApS");
        Assert.Contains("Datoen skal ligge efter i dag.", await SayAsync("1.1.2020"), StringComparison.Ordinal);

        var done = await SayAsync("1. marts 2027");

        Assert.Contains("Tjeklisten for Aarhus Kommune er lagt i kanalen.", done, StringComparison.Ordinal);
        var onboarding = Assert.Single(await Store.ListAsync(TeamId, default));
        Assert.Equal(("Aarhus", MembershipModel.Os2Member, "Magenta ApS", new DateOnly(2027, 3, 1)),
            (onboarding.Details.Municipality, onboarding.Details.Model, onboarding.Details.Supplier, onboarding.Details.GoLive));
        Assert.Equal(new Contact("Mette Hansen", "mh@aarhus.dk", null), onboarding.Details.ProfessionalContact);
        Assert.Equal(new Contact("Bob", null, "aad-bob"), onboarding.Details.TechnicalContact);
        Assert.Equal(new DateOnly(2026, 12, 4), onboarding.Steps[0].Due);
        var posted = Connector.PostedCards().Last(c => BotHarness.Text(c).Contains("Onboarding: Aarhus Kommune", StringComparison.Ordinal));
        // The dialog took both contacts: their step is done, by the coordinator who ran it.
        Assert.Contains("1 af 7 trin udført", BotHarness.Text(posted), StringComparison.Ordinal);
        var contacts = onboarding.Steps.Single(s => s.Key == OnboardingChecklist.ContactsStepKey);
        Assert.Equal(("Alice", onboarding.CreatedAt), (contacts.DoneByName, contacts.DoneAt));
        Assert.Equal(1, onboarding.Steps.Count(s => s.IsDone));
        Assert.NotNull(onboarding.CardActivityId);
    }

    [Fact]
    public async Task The_supplier_is_chosen_from_the_communitys_suppliers_and_only_a_new_one_is_typed()
    {
        var members = _harness.Service<MemberStore>();
        await members.UpdateAsync(TeamId, "aad-bob", _ => new Member("aad-bob", "Bob", new HashSet<Role> { Role.Supplier }, null, Supplier: "Magenta ApS"), default);
        await members.UpdateAsync(TeamId, "aad-sam", _ => new Member("aad-sam", "Sam", new HashSet<Role> { Role.Supplier, Role.Secretariat }, null,
            Supplier: "Netcompany A/S"), default);
        _time.Advance(TimeSpan.FromMinutes(1));
        foreach (var answer in new[] { "onboarding ny", "Aarhus", "Medlem af OS2", "Mette Hansen" })
        {
            await SayAsync(answer);
        }

        var asked = (await _harness.SayAsync("Bob")).Cards().Single();
        Assert.Equal(["Magenta ApS", "Netcompany A/S", "Anden leverandør…"], Choices(asked));
        Assert.DoesNotContain("Input.Text", asked.ToJsonString(), StringComparison.Ordinal);

        // "Anden leverandør…" turns the step into a text box for the new supplier's name.
        var card = LastPromptId();
        var other = (await PressOnAsync(card, CardVerbs.DialogAnswer, new JsonObject { ["answer"] = SupplierChoice.Other, ["lang"] = "da" }))["value"]!;
        Assert.Contains("Skriv navnet på den nye leverandør.", BotHarness.Text(other), StringComparison.Ordinal);
        // A request for more, not a complaint: no attention colour.
        Assert.DoesNotContain("\"attention\"", other.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Input.Text", other.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(Choices(other));
        var next = (await PressOnAsync(card, CardVerbs.DialogAnswer, new JsonObject { ["answer"] = "Novataris", ["lang"] = "da" }))["value"]!;
        Assert.Contains("Novataris", BotHarness.Text(next), StringComparison.Ordinal);
        Assert.Contains("Trin 6 af 6", BotHarness.Text(Connector.PostedCards().Last()), StringComparison.Ordinal);

        // A known supplier typed in another spelling is that supplier.
        Assert.Equal(3, Choices((await _harness.SayAsync("tilbage")).Cards().Single()).Count);
        Assert.Contains("Noteret: Magenta ApS", await SayAsync("magenta  aps"), StringComparison.Ordinal);
        await SayAsync("1. marts 2027");

        Assert.Equal("Magenta ApS", Assert.Single(await Store.ListAsync(TeamId, default)).Details.Supplier);
    }

    private static List<string> Choices(JsonNode card) =>
        [.. (card["body"]!.AsArray().FirstOrDefault(e => e!["type"]!.GetValue<string>() == "Input.ChoiceSet")?["choices"]?.AsArray() ?? [])
            .Select(c => c!["title"]!.GetValue<string>())];

    [Fact]
    public async Task Cancel_ends_the_dialog_and_it_can_be_started_again()
    {
        await SayAsync("onboarding ny");
        await SayAsync("Odense");

        Assert.Contains("Dialogen er annulleret. Intet er gemt.", await SayAsync("annullér"), StringComparison.Ordinal);
        Assert.Contains("Det kan jeg hjælpe med", await SayAsync("hjælp"), StringComparison.Ordinal);
        Assert.Contains("Trin 1 af 6", await SayAsync("onboarding ny"), StringComparison.Ordinal);
        Assert.Empty(await Store.ListAsync(TeamId, default));
    }

    [Fact]
    public async Task Help_still_works_while_a_dialog_is_open_and_the_dialog_goes_on()
    {
        await SayAsync("onboarding ny");

        Assert.Contains("Det kan jeg hjælpe med", await SayAsync("hjælp"), StringComparison.Ordinal);
        Assert.Contains("Hvilken medlemsmodel?", await SayAsync("Vejle"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dialog_left_alone_for_a_day_expires_politely()
    {
        await SayAsync("onboarding ny");
        _time.Advance(TimeSpan.FromHours(25));

        Assert.Contains("udløb efter et døgn uden svar", await SayAsync("Vejle"), StringComparison.Ordinal);
        Assert.Contains("Den kommando kender jeg ikke", await SayAsync("Vejle"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dialog_goes_on_after_the_bot_restarts()
    {
        await SayAsync("onboarding ny");
        await SayAsync("Vejle");
        await _harness.DisposeAsync();

        _harness = NewHarness();
        await _harness.InitializeAsync();

        Assert.Contains("Trin 3 af 6", await SayAsync("Ikke medlem af OS2"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_card_buttons_answer_go_back_and_cancel_and_an_answered_card_becomes_read_only()
    {
        await SayAsync("onboarding ny");
        var first = LastPromptId();

        var next = await PressOnAsync(first, CardVerbs.DialogAnswer, new JsonObject { ["answer"] = "Skive", ["lang"] = "da" });
        var asked = BotHarness.Text(Connector.PostedCards().Last());
        var second = LastPromptId();
        var oldCard = await PressOnAsync(first, CardVerbs.DialogAnswer, new JsonObject { ["answer"] = "Odense", ["lang"] = "da" });
        var back = await PressOnAsync(second, CardVerbs.DialogBack, new JsonObject { ["lang"] = "da" });
        var cancelled = await PressOnAsync(second, CardVerbs.DialogCancel, new JsonObject { ["lang"] = "da" });

        // The pressed card says what was answered, with nothing left to press; the next question comes below.
        Assert.Contains("Kommune: Skive Kommune ✓", BotHarness.Text(next["value"]), StringComparison.Ordinal);
        Assert.DoesNotContain("\"Action.", next["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Hvilken medlemsmodel?", asked, StringComparison.Ordinal);
        // Only the card that asks the open question answers it.
        Assert.Equal("Det kort hører ikke til din åbne dialog. Svar på det nyeste spørgsmål til dig.", oldCard["value"]!.GetValue<string>());
        Assert.Contains("Hvilken kommune skal onboardes?", BotHarness.Text(back["value"]), StringComparison.Ordinal);
        Assert.Contains("Dialogen er annulleret. Intet er gemt.", BotHarness.Text(cancelled["value"]), StringComparison.Ordinal);
        Assert.DoesNotContain("\"Action.", cancelled["value"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_coordinator_starts_an_onboarding()
    {
        Assert.Equal("Det kræver rollen Koordinator. Spørg koordinatoren, hvis du skal have den.", await SayAsync("onboarding ny", "aad-bob", "Bob"));
    }

    [Fact]
    public async Task Steps_are_ticked_by_their_owner_or_the_coordinator_once_and_the_last_completes_and_welcomes()
    {
        var id = await CreateAsync("Aarhus");

        var refused = await TickAsync(id, "agreement", "aad-bob", "Bob");
        Assert.Contains("Trinnet »Tilslutningsaftale underskrevet og registreret hos sekretariatet« hører til rollen Sekretariat.",
            BotHarness.Text(refused["value"]), StringComparison.Ordinal);

        var both = await Task.WhenAll(TickAsync(id, "agreement", "aad-sam", "Sam"), TickAsync(id, "agreement", "aad-alice", "Alice"));
        Assert.Single(both, b => BotHarness.Text(b["value"]).Contains("er markeret som udført", StringComparison.Ordinal));
        Assert.Single(both, b => BotHarness.Text(b["value"]).Contains("var allerede udført af", StringComparison.Ordinal));
        var update = Connector.Sent("PUT").Last();
        // The contacts step was done when the dialog took the contacts.
        Assert.Contains("2 af 7 trin udført", BotHarness.Text(update.Cards().Single()), StringComparison.Ordinal);

        foreach (var key in new[] { "price", "dataprocessing", "connection", "groups" })
        {
            await TickAsync(id, key, "aad-alice", "Alice");
        }

        var needsAnswers = await TickAsync(id, "followup", "aad-alice", "Alice");
        Assert.Contains("Svar på opfølgningens spørgsmål", BotHarness.Text(needsAnswers["value"]), StringComparison.Ordinal);
        var completed = await TickAsync(id, "followup", "aad-alice", "Alice", new JsonObject { ["inUse"] = "true", ["missing"] = "Flere skabeloner" });

        Assert.Contains("Onboardingen er gennemført.", BotHarness.Text(completed["value"]), StringComparison.Ordinal);
        var onboarding = await Store.GetAsync(TeamId, id, default);
        Assert.NotNull(onboarding!.CompletedAt);
        Assert.Equal(new FollowUp(true, "Flere skabeloner", "Alice", _time.GetUtcNow()), onboarding.FollowUp);
        Assert.Single(onboarding.Steps, s => s.Key == "agreement" && s.DoneByName is "Sam" or "Alice");
        Assert.Single(Connector.Sent("POST"), r => r.Text == "Velkommen til Aarhus Kommune i fællesskabet! Alle trin i onboardingen er gennemført.");
    }

    [Fact]
    public async Task The_status_lists_progress_and_the_next_step_and_says_overdue_in_words()
    {
        var id = await CreateAsync("Aarhus");
        await TickAsync(id, "price", "aad-alice", "Alice");
        _time.Advance(TimeSpan.FromDays(30));

        var status = BotHarness.Text((await _harness.SayAsync("onboarding status")).Cards().Single());

        Assert.Contains("Aarhus Kommune** · 2 af 7 trin udført", status, StringComparison.Ordinal);
        Assert.Contains("Næste: Tilslutningsaftale underskrevet og registreret hos sekretariatet (Sekretariat)", status, StringComparison.Ordinal);
        Assert.Contains("Forfalden – fristen var 18. december 2026", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_coordinator_edits_the_template_and_new_onboardings_follow_it()
    {
        var added = await _harness.PressAsync(CardVerbs.TemplateAdd, new JsonObject
        {
            ["stepTitle"] = "Introduktionsmøde", ["owner"] = "Coordinator", ["anchor"] = "Start", ["offset"] = "3", ["lang"] = "da",
        });
        await _harness.PressAsync(CardVerbs.TemplateRemove, new JsonObject { ["step"] = "groups", ["lang"] = "da" });
        var refused = await _harness.PressAsync(CardVerbs.TemplateRemove, new JsonObject { ["step"] = "price" }, aad: "aad-bob", name: "Bob");

        Assert.Contains("Skabelonen er gemt.", BotHarness.Text(added["value"]), StringComparison.Ordinal);
        Assert.Equal("Det kræver rollen Koordinator. Spørg koordinatoren, hvis du skal have den.", refused["value"]!.GetValue<string>());
        var id = await CreateAsync("Vejle");
        var onboarding = await Store.GetAsync(TeamId, id, default);
        Assert.Equal(["price", "agreement", "dataprocessing", "contacts", "connection", "followup", "step8"], onboarding!.Steps.Select(s => s.Key));
        Assert.Equal(("Introduktionsmøde", new DateOnly(2026, 11, 30)), (onboarding.Steps[^1].Title, onboarding.Steps[^1].Due));
    }

    [Fact]
    public async Task A_person_who_joins_the_team_is_greeted_once()
    {
        var joined = ActivityBuilder.BotAddedToTeam(_harness.ServiceUrl);
        joined["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:aad-nina", ["name"] = "Nina", ["aadObjectId"] = "aad-nina" });

        await _harness.PostAsync(joined);
        await _harness.PostAsync(joined.DeepClone().AsObject().Also(a => a["id"] = Guid.NewGuid().ToString()));

        var greeting = Assert.Single(Connector.PostedCards(), c => BotHarness.Text(c).Contains("Velkommen, <at>Nina</at>!", StringComparison.Ordinal));
        Assert.Equal("29:aad-nina", greeting["msteams"]!["entities"]![0]!["mentioned"]!["id"]!.GetValue<string>());
        Assert.Contains("Alice", BotHarness.Text(greeting), StringComparison.Ordinal);
    }

    private BotHarness NewHarness() => new(s => s.AddSingleton<TimeProvider>(_time), new Dictionary<string, string?> { ["Storage:TablePrefix"] = _prefix });

    /// <summary>Says something in the channel and returns all the text of the bot's answer (card or text).</summary>
    private async Task<string> SayAsync(string text, string aad = "aad-alice", string name = "Alice")
    {
        _time.Advance(TimeSpan.FromSeconds(1));
        var reply = await _harness.SayAsync(text, aad, name);
        return reply.Text ?? BotHarness.Text(reply.Cards().Single());
    }

    /// <summary>The id the connector gave the card the bot posted last.</summary>
    private string LastPromptId() =>
        Connector.AnsweredId(Connector.Sent("POST").Last(r => r.Cards().Any()))!;

    /// <summary>Presses a button on the card with this id, as Teams names the card in the invoke's replyToId.</summary>
    private async Task<JsonNode> PressOnAsync(string cardId, string verb, JsonObject data)
    {
        var activity = ActivityBuilder.Execute(_harness.ServiceUrl, verb, data);
        activity["replyToId"] = cardId;
        var response = await _harness.PostAsync(activity);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private async Task<string> CreateAsync(string municipality)
    {
        foreach (var answer in new[] { "onboarding ny", municipality, "Medlem af OS2", "Mette Hansen", "Bob", "Magenta", "2027-03-01" })
        {
            await SayAsync(answer);
        }

        return (await Store.ListAsync(TeamId, default)).Single(o => o.Details.Municipality == municipality).Id;
    }

    private Task<JsonNode> TickAsync(string id, string step, string aad, string name, JsonObject? more = null)
    {
        var data = more ?? new JsonObject();
        data["onboarding"] = id;
        data["step"] = step;
        data["lang"] = "da";
        return _harness.PressAsync(CardVerbs.TickStep, data, aad: aad, name: name);
    }
}
