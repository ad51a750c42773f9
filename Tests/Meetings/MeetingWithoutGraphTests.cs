using static CoordinatorBot.Tests.Support.CopenhagenTime;

namespace CoordinatorBot.Tests.Meetings;

/// <summary>
/// Meetings without Graph (no organizer mailbox), through the running bot (Azurite, a local connector, the outbox driven
/// by the test): the meeting is stored and posted, and everything it says is true — no "online in Teams" without a
/// link, a calendar file that two parsers read at the right instant, a time poll instead of calendars, attendees told
/// in their chat when it moves or is cancelled, the minutes offered once it has begun, and each title said once.
/// </summary>
[Trait("Category", "Integration")]
// Friday 27 November 2026, 10.00 in Copenhagen.
public sealed class MeetingWithoutGraphTests() : ClockedBotFeatureTests(
    settings: new Dictionary<string, string?> { ["Scheduling:RoundGathering"] = "00:00:00" }, hostedScheduler: false)
{
    private MeetingStore Meetings => Service<MeetingStore>();

    protected override async Task SetUpAsync()
    {
        // Carl is on the team with no role, picked by name; Dana is a guest from another tenant, whose 1:1 chat Teams refuses.
        Connector.Roster.AddRange([("aad-alice", "Alice"), ("aad-sofie", "Sofie Steen"), ("aad-bo", "Bo Berg"), ("aad-carl", "Carl Holm"),
            ("aad-dana", "Dana Gæst")]);
        Connector.Emails["aad-alice"] = "alice@os2.eu";
        Connector.Emails["aad-sofie"] = "sofie@os2.eu";
        Connector.RefusedChats["29:aad-dana"] = 403;
        await Harness.SetUpCommunityAsync();
        await Harness.AddMembersAsync(Role.SteeringGroup, ("aad-sofie", "Sofie Steen"), ("aad-bo", "Bo Berg"), ("aad-dana", "Dana Gæst"));
    }

    [Fact]
    public async Task An_online_meeting_says_who_sends_the_link_and_its_calendar_file_is_valid_RFC_5545_read_by_two_parsers()
    {
        var (meeting, booked) = await BookAsync("Styregruppemøde – januar 2027", "2027-01-12");

        Assert.Contains("Microsoft Graph er ikke sat op", BotHarness.Text(booked), StringComparison.Ordinal);
        var channel = BotHarness.Text(Connector.PostedCards().Last());
        Assert.DoesNotContain("Online i Microsoft Teams", channel, StringComparison.Ordinal);
        Assert.Contains("Sted Online – Alice sender linket", channel, StringComparison.Ordinal);
        Assert.Contains("Alice opretter mødet i Teams og sender linket", channel, StringComparison.Ordinal);
        Assert.StartsWith("Styregruppemøde – januar 2027 Planlagt", channel, StringComparison.Ordinal); // said once
        Assert.DoesNotContain("Styregruppemøde: Styregruppemøde", channel, StringComparison.Ordinal);

        var ics = await CalendarFiles.DownloadAsync(Harness, meeting.Id, "aad-sofie", "Sofie Steen");
        Assert.DoesNotContain("Online i Microsoft Teams", ics, StringComparison.Ordinal);
        var calendarEvent = Assert.Single(CalendarFiles.ReadWithIcalNet(ics).Events);
        Assert.Equal("Styregruppemøde – januar 2027", calendarEvent.Summary);
        Assert.Null(calendarEvent.Location);
        Assert.Contains("Sted: Online – Alice sender linket", calendarEvent.Description, StringComparison.Ordinal);
        Assert.Equal("mailto:alice@os2.eu", calendarEvent.Organizer!.Value!.ToString()); // the coordinator who planned it

        // ical.js resolves the local time through the file's own VTIMEZONE: an empty one would put the meeting an hour late.
        var read = await CalendarFiles.ReadWithIcalJsAsync(ics);
        Assert.Equal(["standard", "daylight"], read["timezones"]![0]!["parts"]!.AsArray().Select(p => p!.GetValue<string>()));
        var jsEvent = read["events"]![0]!;
        Assert.Equal(CalendarFiles.Utc(meeting.Start), jsEvent["start"]!.GetValue<string>()); // 10.00 Copenhagen = 09.00 UTC
        Assert.Equal(CalendarFiles.Utc(meeting.End), jsEvent["end"]!.GetValue<string>());
        Assert.Null(jsEvent["location"]);
        Assert.Equal($"{meeting.Id}@coordinatorbot", jsEvent["uid"]!.GetValue<string>());

        // In summer (UTC+2) and in a room: the place, no Teams at all, the same instant in both parsers.
        var (summer, _) = await BookAsync("Brugerdag", "2027-06-15", place: "Aarhus Rådhus, lokale 3", kind: "UserClub");
        var summerCard = BotHarness.Text(Connector.PostedCards().Last());
        Assert.Contains("Brugerklubmøde: Brugerdag", summerCard, StringComparison.Ordinal);
        Assert.Contains("Sted Aarhus Rådhus, lokale 3", summerCard, StringComparison.Ordinal);
        Assert.Contains("Der er ikke sendt invitationer", summerCard, StringComparison.Ordinal);
        Assert.DoesNotContain("Teams", summerCard, StringComparison.Ordinal);
        var summerIcs = await CalendarFiles.DownloadAsync(Harness, summer.Id);
        Assert.Equal("Aarhus Rådhus, lokale 3", Assert.Single(CalendarFiles.ReadWithIcalNet(summerIcs).Events).Location);
        var summerJs = (await CalendarFiles.ReadWithIcalJsAsync(summerIcs))["events"]![0]!;
        Assert.Equal("2027-06-15T08:00:00.000Z", summerJs["start"]!.GetValue<string>());
        Assert.Equal("Aarhus Rådhus, lokale 3", summerJs["location"]!.GetValue<string>());
    }

    [Fact]
    public async Task Suggest_times_offers_a_time_poll_that_needs_no_Graph()
    {
        var formKey = MeetingFeatureTests.FormKey((await Harness.SayAsync("møde ny")).Cards().Single());
        Assert.Contains("Microsoft Graph er ikke sat op, så botten kan ikke læse kalenderne",
            BotHarness.Text((await Harness.SayAsync("møde ny")).Cards().Single()), StringComparison.Ordinal);

        var suggested = (await Harness.PressAsync(CardVerbs.MeetingSuggest, Form(formKey, "Decembermøde", "2026-12-08")))["value"]!;

        var text = BotHarness.Text(suggested);
        Assert.Contains("Send i stedet tidspunkterne herunder som afstemning i kanalen", text, StringComparison.Ordinal);
        Assert.DoesNotContain("deltagere er ledige", text, StringComparison.Ordinal); // nobody's calendar was read
        var poll = Elements(suggested).Single(a => a["verb"]?.GetValue<string>() == CardVerbs.MeetingPollSend);
        Assert.Equal("Send som afstemning i kanalen", poll["title"]!.GetValue<string>());
        var slots = poll["data"]![CardVerbs.SlotsKey]!.GetValue<string>().Split(' ').Select(s => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture)).ToList();
        // The form's date and start, then the same start on the next office days.
        Assert.Equal([At("2026-12-08T10:00"), At("2026-12-09T10:00"), At("2026-12-10T10:00")], slots);
        Assert.Contains("tirsdag den 8. december 2026 kl. 10.00 til kl. 11.00", text, StringComparison.Ordinal);

        var data = Form(formKey, "Decembermøde", "2026-12-08");
        data[CardVerbs.SlotsKey] = poll["data"]![CardVerbs.SlotsKey]!.GetValue<string>();
        var sent = BotHarness.Text((await Harness.PressAsync(CardVerbs.MeetingPollSend, data))["value"]);
        Assert.Contains("Afstemningen er sendt i kanalen til 4 inviterede.", sent, StringComparison.Ordinal);
        Assert.Contains("Afstemning om tidspunkt: Styregruppemøde: Decembermøde", BotHarness.Text(Connector.PostedCards().Last()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moving_and_cancelling_tell_every_attendee_in_their_chat_and_update_the_posted_cards()
    {
        var (meeting, _) = await BookAsync("Decembermøde", "2026-12-08");
        var cardId = meeting.CardActivityId!;
        Assert.Contains("Dagsordenen er sendt", BotHarness.Text(await PressAsync(CardVerbs.MeetingAgenda, meeting.Id)), StringComparison.Ordinal);
        var agendaId = (await Meetings.GetAsync(ActivityBuilder.TeamId, meeting.Id, default))!.AgendaActivityId!;
        await DeliverAsync();

        var moved = BotHarness.Text(await PressAsync(CardVerbs.MeetingMove, meeting.Id,
            (MeetingCard.MoveDateInput, "2026-12-10"), (MeetingCard.MoveStartInput, "13:00")));

        Assert.Contains("Mødet er flyttet til torsdag den 10. december 2026 kl. 13.00 til kl. 14.00.", moved, StringComparison.Ordinal);
        Assert.Contains("Besked i Teams går til 4 personer på teamet.", moved, StringComparison.Ordinal);
        Assert.Contains("Giv selv besked til gaest@aarhus.dk", moved, StringComparison.Ordinal);
        // The card in the channel and the agenda in its thread show the new time, in place.
        Assert.Contains("torsdag den 10. december 2026 kl. 13.00", BotHarness.Text(LastUpdateOf(cardId)), StringComparison.Ordinal);
        var agenda = BotHarness.Text(LastUpdateOf(agendaId));
        Assert.Contains("Dagsorden: Styregruppemøde: Decembermøde", agenda, StringComparison.Ordinal);
        Assert.Contains("torsdag den 10. december 2026 kl. 13.00", agenda, StringComparison.Ordinal);

        var chats = await DeliverAsync();
        foreach (var name in new[] { "Sofie Steen", "Bo Berg", "Carl Holm" })
        {
            var told = Assert.Single(chats, c => c.Person == name).Text;
            Assert.Contains("Mødet er flyttet Styregruppemøde: Decembermøde", told, StringComparison.Ordinal);
            Assert.Contains("Tidspunkt torsdag den 10. december 2026 kl. 13.00 til kl. 14.00", told, StringComparison.Ordinal);
            Assert.Contains("Før tirsdag den 8. december 2026 kl. 10.00 til kl. 11.00", told, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(chats, c => c.Person == "Alice"); // who moved it knows
        var inChannel = Assert.Single(chats, c => c.Person == "channel").Text; // Dana, whose chat Teams refused
        Assert.Contains("<at>Dana Gæst</at>", inChannel, StringComparison.Ordinal);
        Assert.Contains("Mødet er flyttet", inChannel, StringComparison.Ordinal);
        var outbox = Service<OutboxStore>();
        Assert.Equal("channel", (await outbox.GetAsync($"meeting-moved|{ActivityBuilder.TeamId}|{meeting.Id}|1|aad-dana", default))!.ReachedBy);

        var cancelled = BotHarness.Text(await PressAsync(CardVerbs.MeetingCancel, meeting.Id, (MeetingCard.CancelCommentInput, "Vi mødes i januar.")));
        Assert.Contains("Mødet er aflyst. Det var ikke booket i en kalender. Besked i Teams går til 4 personer på teamet.", cancelled, StringComparison.Ordinal);
        Assert.Contains("Aflyst", BotHarness.Text(LastUpdateOf(cardId)), StringComparison.Ordinal);
        Assert.StartsWith("Mødet er aflyst", BotHarness.Text(LastUpdateOf(agendaId)), StringComparison.Ordinal);
        var told2 = await DeliverAsync();
        Assert.Equal(["Bo Berg", "Carl Holm", "Sofie Steen", "channel"], told2.Select(c => c.Person).Order(StringComparer.Ordinal));
        Assert.All(told2, c => Assert.Contains("Besked ved aflysningen: Vi mødes i januar.", c.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Write_minutes_is_offered_once_the_meeting_has_begun_and_not_weeks_before()
    {
        var (meeting, booked) = await BookAsync("Decembermøde", "2026-12-08");
        Assert.DoesNotContain("Skriv referat", BotHarness.Text(booked), StringComparison.Ordinal);
        var sent = BotHarness.Text(await PressAsync(CardVerbs.MeetingAgenda, meeting.Id));
        Assert.DoesNotContain("Skriv referat", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("Skriv referat", BotHarness.Text(LastUpdateOf(meeting.CardActivityId!)), StringComparison.Ordinal);

        // The channel's card asks the coordinator's client for a view of its own, which is composed when it is looked at.
        var shared = LastUpdateOf(meeting.CardActivityId!);
        Assert.Equal(CardVerbs.MeetingShow, shared["refresh"]!["action"]!["verb"]!.GetValue<string>());
        Assert.Equal(["29:aad-alice"], shared["refresh"]!["userIds"]!.AsArray().Select(u => u!.GetValue<string>()));

        Time.SetUtcNow(At("2026-12-08T09:55"));
        Assert.DoesNotContain("Skriv referat", BotHarness.Text(await PressAsync(CardVerbs.MeetingShow, meeting.Id)), StringComparison.Ordinal);

        Time.SetUtcNow(At("2026-12-08T10:05"));
        var view = await PressAsync(CardVerbs.MeetingShow, meeting.Id);
        Assert.Contains(Elements(view), a => a["verb"]?.GetValue<string>() == CardVerbs.MeetingMinutesForm && a["title"]?.GetValue<string>() == "Skriv referat");
        Assert.Contains("Referat: Styregruppemøde: Decembermøde", BotHarness.Text(await PressAsync(CardVerbs.MeetingMinutesForm, meeting.Id)),
            StringComparison.Ordinal);
    }

    /// <summary>The form as the coordinator fills it in: the steering group, Carl from the team, a guest's address, an hour.</summary>
    private static JsonObject Form(string formKey, string title, string date, string? place = null, string kind = "SteeringGroup") => new()
    {
        [CardVerbs.MeetingFormKey] = formKey, ["lang"] = "da",
        [MeetingForm.KindInput] = kind, [MeetingForm.TitleInput] = title,
        [MeetingForm.DateInput] = date, [MeetingForm.StartInput] = "10:00", [MeetingForm.DurationInput] = "1",
        [MeetingForm.BodiesInput] = "SteeringGroup", [MeetingForm.MembersInput] = "aad-carl",
        [MeetingForm.ExternalInput] = "gaest@aarhus.dk", [MeetingForm.AgendaInput] = "Budget 2027\nEventuelt",
        [MeetingForm.PlaceInput] = place,
    };

    private async Task<(Meeting Meeting, JsonNode Card)> BookAsync(string title, string date, string? place = null, string kind = "SteeringGroup")
    {
        var formKey = MeetingFeatureTests.FormKey((await Harness.SayAsync("møde ny")).Cards().Single());
        var card = (await Harness.PressAsync(CardVerbs.MeetingBook, Form(formKey, title, date, place, kind)))["value"]!;
        return ((await Meetings.GetAsync(ActivityBuilder.TeamId, formKey, default))!, card);
    }

    private async Task<JsonNode> PressAsync(string verb, string meetingId, params (string Key, string Value)[] inputs)
    {
        var data = new JsonObject { [CardVerbs.MeetingKey] = meetingId, ["lang"] = "da" };
        foreach (var (key, value) in inputs)
        {
            data[key] = value;
        }

        return (await Harness.PressAsync(verb, data))["value"]!;
    }

    /// <summary>The card a PUT last put on the activity (the channel's card, the agenda in its thread).</summary>
    private JsonNode LastUpdateOf(string activityId) =>
        Connector.Sent("PUT").Last(r => r.Path.EndsWith($"/activities/{Uri.EscapeDataString(activityId)}", StringComparison.Ordinal)).Cards().Single();

    /// <summary>Delivers the outbox; what went where: each 1:1 chat by the person it was opened with, "channel" for the channel's post.</summary>
    private async Task<IReadOnlyList<(string Person, string Text)>> DeliverAsync()
    {
        var before = Connector.Requests.Count;
        await Service<OutboxSender>().DeliverDueAsync(default);
        var requests = Connector.Requests.Skip(before).ToList();
        // Each opened chat answers with its id; the post into it follows.
        var chats = requests.Where(r => r.Method == "POST" && r.Path.EndsWith("/v3/conversations", StringComparison.Ordinal) && Connector.AnsweredId(r) is not null)
            .ToDictionary(r => Connector.AnsweredId(r)!, r => Connector.Roster.Single(p => r.Body.Contains($"\"29:{p.AadObjectId}\"", StringComparison.Ordinal)).Name);
        return [.. requests.Where(r => r.Method == "POST" && r.Path.EndsWith("/activities", StringComparison.Ordinal)).Select(r =>
            (r.Path.Contains(Uri.EscapeDataString(ActivityBuilder.TeamId), StringComparison.Ordinal) ? "channel"
                : chats.Single(c => r.Path.EndsWith($"/{Uri.EscapeDataString(c.Key)}/activities", StringComparison.Ordinal)).Value,
             BotHarness.Text(r.Cards().Single())))];
    }

    /// <summary>The card's elements and actions: the objects in it that have a type.</summary>
    private static IEnumerable<JsonObject> Elements(JsonNode node) => JsonTree.Objects(node).Where(n => n["type"]?.GetValue<string>() is not null);
}
