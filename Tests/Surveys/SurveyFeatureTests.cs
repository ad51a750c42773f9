using CoordinatorBot.Bot.Features.Surveys;
using CoordinatorBot.Tests.Backlog;

namespace CoordinatorBot.Tests.Surveys;

/// <summary>
/// A survey through the running bot (Azurite, a local connector): composed and sent to the municipalities' contacts
/// through the outbox, answered, changed and answered at once, anonymous in the tables, reminded once, counted.
/// </summary>
[Trait("Category", "Integration")]
// Friday 27 November 2026; the survey closes Friday 11 December, so the reminder is due Wednesday 9 December.
public sealed class SurveyFeatureTests() : ClockedBotFeatureTests(hostedScheduler: false)
{
    private OutboxStore Outbox => Harness.Bot.Services.GetRequiredService<OutboxStore>();
    private SurveyStore Store => Harness.Bot.Services.GetRequiredService<SurveyStore>();

    protected override Task SetUpAsync() => BacklogPeople.SetUpAsync(Harness);

    [Fact]
    public async Task An_anonymous_survey_goes_to_the_municipalities_contacts_and_keeps_no_link_between_a_person_and_the_answer()
    {
        var sent = await Harness.PressAsync(CardVerbs.SurveySend, SurveyPeople.Composed());
        Assert.Contains("Undersøgelse #1 »Tilfredshed med OS2mo 2026« er sendt til 3 personer. Den lukker 11. december 2026.", Text(sent),
            StringComparison.Ordinal);
        foreach (var asked in new[] { "aad-ida", "aad-ole", "aad-vera" })
        {
            Assert.NotNull(await Outbox.GetAsync($"survey|{TeamId}|1|{asked}", default));
        }

        Assert.Null(await Outbox.GetAsync($"survey|{TeamId}|1|aad-kim", default));

        // Ida opens it (only her client sees the questions) and answers; the card she gets back is the way to change it.
        var open = await Harness.PressAsync(CardVerbs.SurveyOpen, new JsonObject { ["survey"] = "1" }, "aad-ida", "Ida");
        Assert.Contains("Hvor tilfreds er du med OS2mo?", Text(open), StringComparison.Ordinal);
        Assert.Contains("Svaret gælder Aarhus Kommune", Text(open), StringComparison.Ordinal);
        var answered = await Harness.PressAsync(CardVerbs.SurveyAnswer, SurveyPeople.Answer("2", "0", "0,1", "=HYPERLINK(\"x\")"), "aad-ida", "Ida");
        Assert.Contains("Tak, dit svar er gemt.", Text(answered), StringComparison.Ordinal);
        var token = AnswerId(answered);
        Assert.NotNull(token);

        // Pressing the invitation again does not show her answer: nothing stored knows it is hers.
        var again = await Harness.PressAsync(CardVerbs.SurveyOpen, new JsonObject { ["survey"] = "1" }, "aad-ida", "Ida");
        Assert.Contains("Du har allerede svaret.", Text(again), StringComparison.Ordinal);
        // A second answer without her card's id is not a second answer.
        var twice = await Harness.PressAsync(CardVerbs.SurveyAnswer, SurveyPeople.Answer("5", "1", "2", "igen"), "aad-ida", "Ida");
        Assert.Contains("Du har allerede svaret.", Text(twice), StringComparison.Ordinal);

        // From her card she changes it: one answer still, now a 4.
        var changed = await Harness.PressAsync(CardVerbs.SurveyAnswer, SurveyPeople.Answer("4", "0", "0,1", "=HYPERLINK(\"x\")", token), "aad-ida", "Ida");
        Assert.Contains("Dit svar er rettet.", Text(changed), StringComparison.Ordinal);
        await Harness.PressAsync(CardVerbs.SurveyAnswer, SurveyPeople.Answer("5", "1", "1", "Bedre rapporter"), "aad-ole", "Ole");

        var results = await Harness.PressAsync(CardVerbs.SurveyResults, new JsonObject { ["survey"] = "1" });
        var shown = Text(results);
        Assert.Contains("2 af 3 har svaret (67 %)", shown, StringComparison.Ordinal);
        Assert.Contains("gennemsnit 4,5", shown, StringComparison.Ordinal);
        // The chart's alt text says the same numbers in words.
        Assert.Contains("Spørgsmål 1, Hvor tilfreds er du med OS2mo?: 1 Meget utilfreds: 0; 2: 0; 3: 0; 4: 1; 5 Meget tilfreds: 1. gennemsnit 4,5",
            AltTexts(results), StringComparer.Ordinal);
        Assert.Contains("Bedre rapporter", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("igen", shown, StringComparison.Ordinal);

        // In the table: no answer row names a person, no key holds one, and only the survey row lists who was asked.
        var rows = new List<TableEntity>();
        await foreach (var row in Harness.Bot.Services.GetRequiredService<StorageTables>()[TableNames.Surveys].QueryAsync<TableEntity>(cancellationToken: default))
        {
            rows.Add(row);
        }

        var answerRows = rows.Where(r => r.RowKey.StartsWith("a|", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, answerRows.Count);
        foreach (var row in rows.Where(r => !r.RowKey.StartsWith("s|", StringComparison.Ordinal)))
        {
            var all = row.RowKey + string.Join('|', row.Select(p => p.Value?.ToString()));
            foreach (var person in new[] { "aad-ida", "Ida", "aad-ole", "Ole", "aad-vera", "Vera" })
            {
                Assert.DoesNotContain(person, all, StringComparison.Ordinal);
            }
        }

        // Vera alone still waits: one waiting row, whose key is no object id.
        Assert.Single(rows, r => r.RowKey.StartsWith("p|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Answers_arriving_at_once_are_all_kept_and_one_person_pressing_twice_at_once_answers_once()
    {
        await Harness.AddMembersAsync(Role.Municipality, ("aad-m1", "M1"), ("aad-m2", "M2"), ("aad-m3", "M3"), ("aad-m4", "M4"));
        await Harness.PressAsync(CardVerbs.SurveySend, SurveyPeople.Composed(anonymous: false, audience: "Everyone"));

        var presses = new[] { "aad-m1", "aad-m2", "aad-m3", "aad-m4", "aad-kim", "aad-kim", "aad-bob", "aad-bob" }
            .Select(id => Harness.PressAsync(CardVerbs.SurveyAnswer, SurveyPeople.Answer("3", null, "2", $"fra {id}"), id, id));
        await Task.WhenAll(presses);

        var snapshot = await Store.AnswersAsync(TeamId, 1, default);
        Assert.Equal(["aad-bob", "aad-kim", "aad-m1", "aad-m2", "aad-m3", "aad-m4"], snapshot.Answers.Select(a => a.RespondentId!).Order(StringComparer.Ordinal));
        // A named answer opened again shows what was given, to change.
        var open = await Harness.PressAsync(CardVerbs.SurveyOpen, new JsonObject { ["survey"] = "1" }, "aad-kim", "Kim");
        Assert.Contains("Ret mit svar", Text(open), StringComparison.Ordinal);
        Assert.Contains("fra aad-kim", Text(open), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_asked_per_municipality_counts_each_municipality_once_and_nobody_elses()
    {
        await Harness.Bot.Services.GetRequiredService<CoordinatorBot.Storage.Communities.MemberStore>().UpdateAsync(TeamId, "aad-ib",
            _ => new Member("aad-ib", "Ib", new HashSet<Role> { Role.Municipality }, "Aarhus", "29:aad-ib"), default);
        await Harness.PressAsync(CardVerbs.SurveySend, SurveyPeople.Composed(anonymous: false, audience: "Everyone"));

        await Harness.PressAsync(CardVerbs.SurveyAnswer, SurveyPeople.Answer("3", "0", "0", "a"), "aad-ida", "Ida");
        await Harness.PressAsync(CardVerbs.SurveyAnswer, SurveyPeople.Answer("3", "1", "0", "b"), "aad-ib", "Ib");
        await Harness.PressAsync(CardVerbs.SurveyAnswer, SurveyPeople.Answer("3", "0", "0", "c"), "aad-ole", "Ole");
        // Kim speaks for no municipality: his value for that question is not read.
        await Harness.PressAsync(CardVerbs.SurveyAnswer, SurveyPeople.Answer("3", "0", "0", "d"), "aad-kim", "Kim");

        var snapshot = await Store.AnswersAsync(TeamId, 1, default);
        Assert.Equal([("Aarhus", "1"), ("Odense", "0")], snapshot.Municipalities.OrderBy(m => m.Municipality, StringComparer.Ordinal)
            .Select(m => (m.Municipality, m.Values.Single())));
        var results = Text(await Harness.PressAsync(CardVerbs.SurveyResults, new JsonObject { ["survey"] = "1" }));
        Assert.Contains("Kommuner der har svaret: 2", results, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Those_who_have_not_answered_are_reminded_once_two_office_days_before_it_closes()
    {
        await Harness.PressAsync(CardVerbs.SurveySend, SurveyPeople.Composed());
        await Harness.PressAsync(CardVerbs.SurveyAnswer, SurveyPeople.Answer("4", "0", "0", "ok"), "aad-ida", "Ida");
        var job = Harness.Bot.Services.GetRequiredService<SurveyReminderJob>();

        // Tuesday 8 December: not yet.
        Time.SetUtcNow(DateTimeOffset.Parse("2026-12-08T09:00:00Z", CultureInfo.InvariantCulture));
        await job.RunAsync(Time.GetUtcNow(), default);
        Assert.Null(await Outbox.GetAsync($"survey-reminder|{TeamId}|1|aad-ole", default));

        // Wednesday 9 December, two office days before Friday: Ole and Vera, not Ida; a second tick adds nothing.
        Time.SetUtcNow(DateTimeOffset.Parse("2026-12-09T09:00:00Z", CultureInfo.InvariantCulture));
        await job.RunAsync(Time.GetUtcNow(), default);
        var first = await Outbox.GetAsync($"survey-reminder|{TeamId}|1|aad-ole", default);
        Assert.NotNull(first);
        Assert.Contains("Påmindelse: undersøgelsen lukker 11. december 2026", first.ActivityJson, StringComparison.Ordinal);
        Assert.NotNull(await Outbox.GetAsync($"survey-reminder|{TeamId}|1|aad-vera", default));
        Assert.Null(await Outbox.GetAsync($"survey-reminder|{TeamId}|1|aad-ida", default));
        await job.RunAsync(Time.GetUtcNow().AddMinutes(1), default);
        Assert.Equal(first.ETag, (await Outbox.GetAsync($"survey-reminder|{TeamId}|1|aad-ole", default))!.ETag);

        // Closed: answers are refused.
        Time.SetUtcNow(DateTimeOffset.Parse("2026-12-12T09:00:00Z", CultureInfo.InvariantCulture));
        var late = await Harness.PressAsync(CardVerbs.SurveyAnswer, SurveyPeople.Answer("1", "0", "0", "sent"), "aad-ole", "Ole");
        Assert.Contains("Undersøgelsen er lukket", Text(late), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_coordinator_sends_and_only_those_asked_answer()
    {
        var byKim = await Harness.PressAsync(CardVerbs.SurveySend, SurveyPeople.Composed(), "aad-kim", "Kim");
        Assert.Contains("Kun koordinatoren laver og sender undersøgelser.", Text(byKim), StringComparison.Ordinal);
        Assert.Empty(await Store.ListAsync(TeamId, default));

        await Harness.PressAsync(CardVerbs.SurveySend, SurveyPeople.Composed());
        var notAsked = await Harness.PressAsync(CardVerbs.SurveyAnswer, SurveyPeople.Answer("1", null, "0", "x"), "aad-kim", "Kim");
        Assert.Contains("Undersøgelsen blev ikke sendt til dig", Text(notAsked), StringComparison.Ordinal);
        var guest = await Harness.PressAsync(CardVerbs.SurveyAnswer, SurveyPeople.Answer("1", null, "0", "x"), "aad-guest", "Gæst");
        Assert.Contains("Det kan kun fællesskabets medlemmer.", Text(guest), StringComparison.Ordinal);
        var otherTeam = await Harness.PostAsync(ActivityBuilder.Execute(Harness.ServiceUrl, CardVerbs.SurveyAnswer,
            SurveyPeople.Answer("1", "0", "0", "x"), "aad-ida", "Ida", teamId: "other-team"));
        Assert.True(otherTeam.IsSuccessStatusCode);
        var forged = await Harness.PressAsync(CardVerbs.SurveyAnswer, SurveyPeople.Answer("9", "7", "0", "x"), "aad-ida", "Ida");
        Assert.DoesNotContain("Tak, dit svar er gemt.", Text(forged), StringComparison.Ordinal);
        var early = await Harness.PressAsync(CardVerbs.SurveyResults, new JsonObject { ["survey"] = "1" }, "aad-ida", "Ida");
        Assert.Contains("når undersøgelsen er lukket", Text(early), StringComparison.Ordinal);

        Assert.Empty((await Store.AnswersAsync(TeamId, 1, default)).Answers);
    }

    [Fact]
    public async Task The_results_come_as_csv_with_a_bom_and_no_formulas_and_into_the_week_and_the_next_status_report()
    {
        await Harness.PressAsync(CardVerbs.SurveySend, SurveyPeople.Composed());
        await Harness.PressAsync(CardVerbs.SurveyAnswer, SurveyPeople.Answer("2", "0", "0,2", "=cmd|' /C calc'!A0"), "aad-ida", "Ida");

        var week = BotHarness.Text((await Harness.SayAsync("opgaver")).Cards().Single());
        Assert.Contains("Undersøgelse #1 Tilfredshed med OS2mo 2026: 1/3 (33 %) har svaret", week, StringComparison.Ordinal);

        var results = await Harness.PressAsync(CardVerbs.SurveyResults, new JsonObject { ["survey"] = "1" });
        var csvLink = results["value"]!["actions"]!.AsArray().Select(a => a!["url"]?.GetValue<string>()).OfType<string>().Single();
        var csv = await Harness.Bot.Client.GetByteArrayAsync(new Uri(csvLink).PathAndQuery);
        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
        var text = Encoding.UTF8.GetString(csv[3..]);
        Assert.Contains("'=cmd|' /C calc'!A0", text, StringComparison.Ordinal);
        Assert.Contains("Hvilke moduler bruger du?;Flere valg;Rapporter;1", text, StringComparison.Ordinal);
        var chart = results["value"]!.ToJsonString();
        Assert.Contains("/surveys/chart", chart, StringComparison.Ordinal);

        // Closed, offered, and in the next draft.
        Time.SetUtcNow(DateTimeOffset.Parse("2026-12-14T09:00:00Z", CultureInfo.InvariantCulture));
        var offered = await Harness.PressAsync(CardVerbs.SurveyReport, new JsonObject { ["survey"] = "1" });
        Assert.Contains("kommer med i næste statusrapport", Text(offered), StringComparison.Ordinal);
        var status = BotHarness.Text((await Harness.SayAsync("status")).Cards().Single());
        Assert.Contains("»Tilfredshed med OS2mo 2026«: 1 af 3 har svaret (33 %).", status, StringComparison.Ordinal);
        Assert.Contains("Hvor tilfreds er du med OS2mo?: gennemsnit 2 (1–5)", status, StringComparison.Ordinal);
    }

    private static IEnumerable<string> AltTexts(JsonNode? node) => node switch
    {
        JsonObject o => o.Where(p => p.Key == "altText").Select(p => p.Value!.GetValue<string>()).Concat(o.SelectMany(p => AltTexts(p.Value))),
        JsonArray a => a.SelectMany(AltTexts),
        _ => [],
    };

    private static string? AnswerId(JsonNode answer) =>
        answer["value"]?["actions"]?.AsArray().Select(a => a?["data"]?["answerId"]?.GetValue<string>()).OfType<string>().SingleOrDefault();

    private static string Text(JsonNode answer) =>
        answer["value"] is JsonValue line && line.GetValueKind() == System.Text.Json.JsonValueKind.String ? line.GetValue<string>() : BotHarness.Text(answer["value"]);
}
