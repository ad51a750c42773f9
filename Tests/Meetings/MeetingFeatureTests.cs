using System.Diagnostics.Metrics;
using static CoordinatorBot.Tests.Support.CopenhagenTime;

namespace CoordinatorBot.Tests.Meetings;

/// <summary>
/// Meetings through the running bot (Development, Azurite, a local connector) and a Graph stand-in: plan, find a time,
/// book with a Teams link, move, cancel — and without Graph, a stored meeting with its calendar file.
/// </summary>
[Trait("Category", "Integration")]
public sealed class MeetingFeatureTests : IAsyncLifetime
{
    private const string Organizer = "moeder@os2.eu";
    private GraphStandIn _graph = null!;
    private BotHarness _harness = null!;

    private FakeConnector Connector => _harness.Connector;

    public async Task InitializeAsync()
    {
        _graph = await GraphStandIn.StartAsync(Organizer);
        _harness = new BotHarness(settings: new Dictionary<string, string?>
        {
            ["Graph:BaseUrl"] = _graph.BaseUrl,
            ["Graph:Organizer"] = Organizer,
        });
        await _harness.InitializeAsync();
        Connector.Roster.AddRange([("aad-alice", "Alice"), ("aad-sofie", "Sofie Steen"), ("aad-bo", "Bo Berg"), ("aad-gaest", "Gæst Fra Aarhus")]);
        Connector.Emails["aad-alice"] = "alice@os2.eu";
        Connector.Emails["aad-sofie"] = "sofie@os2.eu";
        Connector.Emails["aad-bo"] = "bo@os2.eu";
        Connector.Emails["aad-gaest"] = "gaest@aarhus.dk";
        await _harness.SetUpCommunityAsync();
        await _harness.AddMembersAsync(Role.SteeringGroup, ("aad-sofie", "Sofie Steen"), ("aad-bo", "Bo Berg"));
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        await _graph.DisposeAsync();
    }

    [Fact]
    public async Task The_coordinator_plans_finds_a_time_books_moves_and_cancels_a_steering_group_meeting()
    {
        // Bo is busy the first office day until noon; the guest's calendar is in another tenant.
        var firstDay = SlotSearch.NextOfficeDays(Copenhagen.Today(DateTimeOffset.UtcNow))[0];
        _graph.Busy["bo@os2.eu"] = [(Copenhagen.ToInstant(firstDay, new TimeOnly(8, 0)), Copenhagen.ToInstant(firstDay, new TimeOnly(12, 0)), "busy")];
        _graph.OtherTenants["aarhus.dk"] = 0;

        var form = (await _harness.SayAsync("møde ny")).Cards().Single();
        Assert.Contains("Nyt møde", BotHarness.Text(form), StringComparison.Ordinal);
        var formKey = FormKey(form);

        var suggested = Card(await _harness.PressAsync(CardVerbs.MeetingSuggest, Form(formKey)));
        var text = BotHarness.Text(suggested);
        Assert.Contains("Forslag til tidspunkter", text, StringComparison.Ordinal);
        Assert.Contains("Kalenderen kunne ikke læses for gaest@aarhus.dk", text, StringComparison.Ordinal);
        var slot = SlotButtons(suggested).First();
        Assert.Equal(Copenhagen.ToInstant(firstDay, new TimeOnly(12, 0)), DateTimeOffset.Parse(slot, CultureInfo.InvariantCulture));
        Assert.Single(_graph.Calls("POST", $"/users/{Organizer}/calendar/getSchedule"));

        var booked = Card(await _harness.PressAsync(CardVerbs.MeetingBook, Form(formKey, slot)));
        Assert.Empty(_graph.Violations);
        var post = Assert.Single(_graph.Calls("POST", $"/users/{Organizer}/events"));
        Assert.Equal(formKey, post.Json!["transactionId"]!.GetValue<string>());
        Assert.Equal(["bo@os2.eu", "gaest@aarhus.dk", "sofie@os2.eu"],
            post.Json["attendees"]!.AsArray().Select(a => a!["emailAddress"]!["address"]!.GetValue<string>()).Order());
        Assert.Contains("Mødet er booket i kalenderen", BotHarness.Text(booked), StringComparison.Ordinal);
        var joinUrl = _graph.Events.Single()["onlineMeeting"]!["joinUrl"]!.GetValue<string>();
        var channelCard = Connector.PostedCards().Last();
        Assert.Contains(JoinLink(channelCard), joinUrl, StringComparison.Ordinal);
        Assert.Contains("kl. 12.00 til kl. 13.00", BotHarness.Text(channelCard), StringComparison.Ordinal);

        // The same form pressed again books nothing more.
        var again = Card(await _harness.PressAsync(CardVerbs.MeetingBook, Form(formKey, slot)));
        Assert.Contains("allerede planlagt", BotHarness.Text(again), StringComparison.Ordinal);
        Assert.Single(_graph.Calls("POST", "/events"));

        var meeting = (await Meetings.ListAsync(ActivityBuilder.TeamId, default)).Single();

        // Its calendar file is the invitation's event: Graph's iCalUId as its uid, read alike by Ical.Net and ical.js.
        var icalUid = _graph.Events.Single()["iCalUId"]!.GetValue<string>();
        Assert.Equal(icalUid, meeting.CalendarUid);
        var ics = await CalendarFiles.DownloadAsync(_harness, meeting.Id);
        var fileEvent = Assert.Single(CalendarFiles.ReadWithIcalNet(ics).Events);
        Assert.Equal((icalUid, joinUrl), (fileEvent.Uid, fileEvent.Location));
        var read = (await CalendarFiles.ReadWithIcalJsAsync(ics))["events"]![0]!;
        Assert.Equal((icalUid, CalendarFiles.Utc(meeting.Start)), (read["uid"]!.GetValue<string>(), read["start"]!.GetValue<string>()));

        var newDay = SlotSearch.NextOfficeDays(firstDay)[1];
        var updatesBefore = Connector.Sent("PUT").Count;
        var moved = Card(await _harness.PressAsync(CardVerbs.MeetingMove, new JsonObject
        {
            [CardVerbs.MeetingKey] = meeting.Id, [MeetingCard.MoveDateInput] = newDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [MeetingCard.MoveStartInput] = "14:30", ["lang"] = "da",
        }));
        Assert.Contains("Mødet er flyttet", BotHarness.Text(moved), StringComparison.Ordinal);
        // Graph tells everyone by mail; the attendees on the team are told in their chat too.
        Assert.Contains("Kalenderen har sendt deltagerne en opdatering. Besked i Teams går til 2 personer på teamet.", BotHarness.Text(moved),
            StringComparison.Ordinal);
        var outbox = _harness.Service<CoordinatorBot.Storage.Outbox.OutboxStore>();
        Assert.NotNull(await outbox.GetAsync($"meeting-moved|{ActivityBuilder.TeamId}|{meeting.Id}|1|aad-sofie", default));
        Assert.NotNull(await outbox.GetAsync($"meeting-moved|{ActivityBuilder.TeamId}|{meeting.Id}|1|aad-bo", default));
        var patch = Assert.Single(_graph.Calls("PATCH", $"/events/{meeting.GraphEventId}"));
        Assert.Equal($"{newDay:yyyy-MM-dd}T14:30:00", patch.Json!["start"]!["dateTime"]!.GetValue<string>());
        Assert.Equal(updatesBefore + 1, Connector.Sent("PUT").Count); // the channel's card, in place
        Assert.Contains("kl. 14.30 til kl. 15.30", BotHarness.Text(Connector.Sent("PUT").Last().Cards().Single()), StringComparison.Ordinal);

        _graph.Answers["sofie@os2.eu"] = "accepted";
        var answers = Card(await _harness.PressAsync(CardVerbs.MeetingResponses, new JsonObject { [CardVerbs.MeetingKey] = meeting.Id }, aad: "aad-sofie", name: "Sofie Steen"));
        Assert.Contains("1 accepteret · 0 foreløbigt · 0 afvist · 2 intet svar", BotHarness.Text(answers), StringComparison.Ordinal);

        var refused = await _harness.PressAsync(CardVerbs.MeetingCancel, new JsonObject { [CardVerbs.MeetingKey] = meeting.Id }, aad: "aad-sofie", name: "Sofie Steen");
        Assert.Contains("koordinator", BotHarness.Text(refused), StringComparison.Ordinal);
        Assert.Empty(_graph.Calls("POST", "/cancel"));

        var cancelled = Card(await _harness.PressAsync(CardVerbs.MeetingCancel, new JsonObject
        {
            [CardVerbs.MeetingKey] = meeting.Id, [MeetingCard.CancelCommentInput] = "Vi mødes i januar i stedet.", ["lang"] = "da",
        }));
        Assert.Contains("Aflyst", BotHarness.Text(cancelled), StringComparison.Ordinal);
        var cancel = Assert.Single(_graph.Calls("POST", $"/events/{meeting.GraphEventId}/cancel"));
        Assert.Equal("Vi mødes i januar i stedet.", GraphStandIn.Parameter(cancel.Json!.AsObject(), "comment")!.GetValue<string>());
        Assert.Contains("Aflyst", BotHarness.Text(Connector.Sent("PUT").Last().Cards().Single()), StringComparison.Ordinal);
        Assert.Empty(_graph.Violations);

        var list = (await _harness.SayAsync("møder")).Cards().Single();
        Assert.Contains("Aflyst", BotHarness.Text(list), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_asks_again_with_the_reasons_when_the_date_is_past_and_nobody_is_invited()
    {
        var formKey = FormKey((await _harness.SayAsync("møde ny")).Cards().Single());
        var data = Form(formKey);
        data[MeetingForm.DateInput] = "2020-01-06";
        data.Remove(MeetingForm.BodiesInput);
        data.Remove(MeetingForm.ExternalInput);

        var again = BotHarness.Text(Card(await _harness.PressAsync(CardVerbs.MeetingBook, data)));

        Assert.Contains("Mødet skal ligge ude i fremtiden.", again, StringComparison.Ordinal);
        Assert.Contains("Vælg mindst én deltager", again, StringComparison.Ordinal);
        Assert.Empty(await Meetings.ListAsync(ActivityBuilder.TeamId, default));
        Assert.Empty(_graph.Requests);
    }

    [Fact]
    public async Task Only_the_coordinator_is_offered_and_may_use_the_form()
    {
        var refused = await _harness.SayAsync("møde ny", aad: "aad-sofie", name: "Sofie Steen");
        Assert.Contains("koordinator", refused.Text ?? BotHarness.Text(refused.Cards().FirstOrDefault()), StringComparison.Ordinal);

        var pressed = await _harness.PressAsync(CardVerbs.MeetingBook, Form("20261127-0123456789"), aad: "aad-sofie", name: "Sofie Steen");
        Assert.Contains("koordinator", BotHarness.Text(pressed), StringComparison.Ordinal);
        Assert.Empty(_graph.Requests);

        var help = BotHarness.Text((await _harness.SayAsync("hjælp")).Cards().Single());
        Assert.Contains("møde ny", help, StringComparison.Ordinal);
        Assert.DoesNotContain("møde ny", BotHarness.Text((await _harness.SayAsync("hjælp", aad: "aad-sofie", name: "Sofie Steen")).Cards().Single()),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mailbox_graph_does_not_know_keeps_the_meeting_and_says_what_to_fix()
    {
        _graph.Mailboxes.Clear();
        var formKey = FormKey((await _harness.SayAsync("møde ny")).Cards().Single());

        var booked = BotHarness.Text(Card(await _harness.PressAsync(CardVerbs.MeetingBook, Form(formKey))));

        Assert.Contains("Arrangørens postkasse (eller begivenheden) findes ikke (404)", booked, StringComparison.Ordinal);
        Assert.Contains("Der blev ikke lavet et Teams-link", booked, StringComparison.Ordinal);
        Assert.Single(await Meetings.ListAsync(ActivityBuilder.TeamId, default));
    }

    [Fact]
    public async Task Graph_answers_are_counted_by_client_like_the_connector_s_and_a_429_is_retried_after_its_retry_after()
    {
        var meter = _harness.Service<IMeterFactory>().Create(CoordinatorBot.Bot.Operations.BotTelemetry.Name);
        var measured = new ConcurrentQueue<(string Instrument, object? Client, object? Status)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter == meter)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) =>
        {
            var all = tags.ToArray().ToDictionary(t => t.Key, t => t.Value);
            measured.Enqueue((instrument.Name, all.GetValueOrDefault("http.client.name"), all.GetValueOrDefault("http.response.status_code")));
        });
        listener.Start();
        var formKey = FormKey((await _harness.SayAsync("møde ny")).Cards().Single());
        _graph.Fail(429, "ApplicationThrottled", TimeSpan.FromSeconds(1));

        var suggested = BotHarness.Text(Card(await _harness.PressAsync(CardVerbs.MeetingSuggest, Form(formKey))));

        Assert.Contains("Forslag til tidspunkter", suggested, StringComparison.Ordinal);
        Assert.Equal(2, _graph.Calls("POST", "/calendar/getSchedule").Count);
        Assert.Contains(measured, m => m is { Instrument: "coordinatorbot.http.responses", Client: "graph", Status: 429 });
        Assert.Contains(measured, m => m is { Instrument: "coordinatorbot.http.responses", Client: "graph", Status: 200 });
        Assert.Contains(measured, m => m is { Instrument: "coordinatorbot.http.throttled", Client: "graph" });
    }

    private MeetingStore Meetings => _harness.Service<MeetingStore>();

    /// <summary>The form as filled in: the steering group and a guest from another municipality, an hour, two agenda items.</summary>
    public static JsonObject Form(string formKey, string? slot = null)
    {
        var day = SlotSearch.NextOfficeDays(Copenhagen.Today(DateTimeOffset.UtcNow), 3)[2];
        return new JsonObject
        {
            [CardVerbs.MeetingFormKey] = formKey, ["lang"] = "da",
            [MeetingForm.KindInput] = "SteeringGroup", [MeetingForm.TitleInput] = "Styregruppemøde",
            [MeetingForm.DateInput] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), [MeetingForm.StartInput] = "10:00",
            [MeetingForm.DurationInput] = "1", [MeetingForm.BodiesInput] = "SteeringGroup",
            [MeetingForm.ExternalInput] = "gaest@aarhus.dk", [MeetingForm.AgendaInput] = "Budget 2027\nEventuelt",
        }.WithGiven((CardVerbs.SlotKey, slot));
    }

    public static string FormKey(JsonNode form) =>
        form["actions"]!.AsArray().Select(a => a!["data"]?[CardVerbs.MeetingFormKey]?.GetValue<string>()).OfType<string>().First();

    /// <summary>Alice opens the meeting form (»møde ny«) and books it with <paramref name="fields"/>; the bot's answer.</summary>
    public static async Task<JsonNode> BookThroughFormAsync(BotHarness harness, JsonObject fields)
    {
        var data = new JsonObject { [CardVerbs.MeetingFormKey] = FormKey((await harness.SayAsync("møde ny")).Cards().Single()), ["lang"] = "da" };
        foreach (var (key, value) in fields)
        {
            data[key] = value?.DeepClone();
        }

        return await harness.PressAsync(CardVerbs.MeetingBook, data);
    }

    private static JsonNode Card(JsonNode invokeResponse) => invokeResponse["value"]!;

    private static IEnumerable<string> SlotButtons(JsonNode card) =>
        card.ToJsonString().Split("\"slot\":\"").Skip(1).Select(s => s[..s.IndexOf('"', StringComparison.Ordinal)]);

    private static string JoinLink(JsonNode card) =>
        card["actions"]!.AsArray().Select(a => a!["url"]?.GetValue<string>()).OfType<string>().Single();
}
