using CoordinatorBot.Tests.EndToEnd;
using static CoordinatorBot.Tests.EndToEnd.PlaygroundClient;

namespace CoordinatorBot.Tests.Meetings;

/// <summary>
/// A steering-group meeting planned, booked, moved and cancelled through the Agents Playground, booked in Microsoft
/// Graph's stand-in: the channel card shows the Teams link Graph answered with.
/// </summary>
[Collection(PlaygroundCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class MeetingPlaygroundTests(PlaygroundFixture fixture)
{
    private PlaygroundClient Playground => fixture.Playground;

    [Fact]
    public async Task The_coordinator_plans_a_steering_group_meeting_that_is_posted_moved_and_cancelled_in_the_channel()
    {
        // Alex sets up the community and makes Megan the steering group.
        await SetUpAsync();

        // Alex opens the form and books the meeting on the next office day at 10.00.
        var formThread = await Playground.SayAsync(PlaygroundClient.TeamId, "møde ny", mentionBot: true);
        var form = await Playground.NextBotMessageAsync(m => BotHarness.Text(m.Card).Contains("Nyt møde", StringComparison.Ordinal));
        var clock = CommunityClock.Of("Europe/Copenhagen");
        var day = SlotSearch.NextOfficeDays(clock.Today(fixture.Time.GetUtcNow()))[0];
        var title = $"Budgetmøde {Guid.NewGuid().ToString("N")[..6]}";
        var booked = await Playground.PressAsync(formThread, form.Id, Execute(CardVerbs.MeetingBook, new JsonObject
        {
            [CardVerbs.MeetingFormKey] = MeetingFeatureTests.FormKey(form.Card!),
            [MeetingForm.KindInput] = "SteeringGroup", [MeetingForm.TitleInput] = title,
            [MeetingForm.DateInput] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), [MeetingForm.StartInput] = "10:00",
            [MeetingForm.DurationInput] = "1,5", [MeetingForm.BodiesInput] = "SteeringGroup", [MeetingForm.AgendaInput] = "Budget 2027\nEventuelt",
        }));
        Assert.DoesNotContain("Microsoft Graph er ikke sat op", BotHarness.Text(booked["value"]), StringComparison.Ordinal);
        var posted = await Playground.NextBotMessageAsync(m => m.Action == "createMessage" &&
            BotHarness.Text(m.Card).Contains($"Styregruppemøde: {title}", StringComparison.Ordinal));
        var text = BotHarness.Text(posted.Card);
        Assert.Contains("kl. 10.00 til kl. 11.30", text, StringComparison.Ordinal);
        Assert.Contains("Megan Bowen", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Der blev ikke lavet et Teams-link", text, StringComparison.Ordinal);
        Assert.Contains("https://teams.microsoft.com/l/meetup-join/", posted.Card!.ToJsonString(), StringComparison.Ordinal);
        var created = Assert.Single(fixture.Graph.Calls("POST", $"/users/{PlaygroundFixture.Organizer}/events"),
            r => r.Json!["subject"]!.GetValue<string>() == title);
        Assert.Equal("teamsForBusiness", created.Json!["onlineMeetingProvider"]!.GetValue<string>());
        var meetingId = posted.Card!["actions"]!.AsArray().Select(a => a!["data"]?[CardVerbs.MeetingKey]?.GetValue<string>()).OfType<string>().First();
        var cardThread = $"{PlaygroundClient.TeamId};messageid={posted.Id}";

        // Moved from the card in the channel: the card changes in place.
        var moveTo = SlotSearch.NextOfficeDays(day)[0];
        await Playground.PressAsync(cardThread, posted.Id, Execute(CardVerbs.MeetingMove, new JsonObject
        {
            [CardVerbs.MeetingKey] = meetingId, [MeetingCard.MoveDateInput] = moveTo.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [MeetingCard.MoveStartInput] = "14:30",
        }));
        await Playground.NextBotMessageAsync(m => m.Action == "updateMessage" && m.Id == posted.Id &&
            BotHarness.Text(m.Card).Contains("kl. 14.30 til kl. 16.00", StringComparison.Ordinal));
        Assert.Contains(fixture.Graph.Requests, r => r.Method == "PATCH");

        // Cancelled from the card.
        await Playground.PressAsync(cardThread, posted.Id, Execute(CardVerbs.MeetingCancel, new JsonObject
        {
            [CardVerbs.MeetingKey] = meetingId, [MeetingCard.CancelCommentInput] = "Vi mødes i januar.",
        }));
        var cancelled = await Playground.NextBotMessageAsync(m => m.Action == "updateMessage" && m.Id == posted.Id &&
            BotHarness.Text(m.Card).Contains("Aflyst", StringComparison.Ordinal));
        Assert.Contains("Vi mødes i januar.", BotHarness.Text(cancelled.Card), StringComparison.Ordinal);
        Assert.NotEmpty(fixture.Graph.Calls("POST", "/cancel"));
    }

    [Fact]
    public async Task The_coordinator_books_a_suggested_time_and_after_the_meeting_the_minutes_are_approved_and_exported()
    {
        await SetUpAsync();

        // Alex asks for times: the Graph stand-in reads the attendees' calendars and three times come back as buttons.
        var formThread = await Playground.SayAsync(PlaygroundClient.TeamId, "møde ny", mentionBot: true);
        var form = await Playground.NextBotMessageAsync(m => BotHarness.Text(m.Card).Contains("Nyt møde", StringComparison.Ordinal));
        var title = $"Decembermøde {Guid.NewGuid().ToString("N")[..6]}";
        var day = SlotSearch.NextOfficeDays(CommunityClock.Of("Europe/Copenhagen").Today(fixture.Time.GetUtcNow()))[0];
        var fields = new JsonObject
        {
            [CardVerbs.MeetingFormKey] = MeetingFeatureTests.FormKey(form.Card!),
            [MeetingForm.KindInput] = "SteeringGroup", [MeetingForm.TitleInput] = title,
            [MeetingForm.DateInput] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), [MeetingForm.StartInput] = "10:00",
            [MeetingForm.DurationInput] = "1", [MeetingForm.BodiesInput] = "SteeringGroup", [MeetingForm.AgendaInput] = "Budget 2027\nEventuelt",
        };
        var schedulesBefore = fixture.Graph.Calls("POST", $"/users/{PlaygroundFixture.Organizer}/calendar/getSchedule").Count;
        var suggested = (await Playground.PressAsync(formThread, form.Id, Execute(CardVerbs.MeetingSuggest, fields.DeepClone().AsObject())))["value"]!;
        Assert.Contains("Forslag til tidspunkter", BotHarness.Text(suggested), StringComparison.Ordinal);
        Assert.Equal(schedulesBefore + 1, fixture.Graph.Calls("POST", $"/users/{PlaygroundFixture.Organizer}/calendar/getSchedule").Count);
        var slot = suggested.ToJsonString().Split($"\"{CardVerbs.SlotKey}\":\"")[1].Split('"')[0];
        var start = DateTimeOffset.Parse(slot, CultureInfo.InvariantCulture);

        fields[CardVerbs.SlotKey] = slot;
        await Playground.PressAsync(formThread, form.Id, Execute(CardVerbs.MeetingBook, fields));
        var posted = await Playground.NextBotMessageAsync(m => m.Action == "createMessage" &&
            BotHarness.Text(m.Card).Contains($"Styregruppemøde: {title}", StringComparison.Ordinal));
        Assert.Contains("https://teams.microsoft.com/l/meetup-join/", posted.Card!.ToJsonString(), StringComparison.Ordinal);
        var booked = Assert.Single(fixture.Graph.Calls("POST", $"/users/{PlaygroundFixture.Organizer}/events"),
            r => r.Json!["subject"]!.GetValue<string>() == title);
        var local = CommunityClock.Of("Europe/Copenhagen").ToLocal(start);
        Assert.StartsWith(local.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture), booked.Json!["start"]!["dateTime"]!.GetValue<string>(),
            StringComparison.Ordinal);

        // Half an hour into the meeting Alex writes the minutes; they go to the steering group as a decision.
        fixture.Time.SetUtcNow(start.AddMinutes(30));
        var minutesThread = await Playground.SayAsync(PlaygroundClient.TeamId, "referat", mentionBot: true);
        var minutesForm = await Playground.NextBotMessageAsync(m => BotHarness.Text(m.Card).Contains(title, StringComparison.Ordinal) &&
            BotHarness.Text(m.Card).Contains("Budget 2027", StringComparison.Ordinal));
        var meetingId = minutesForm.Card!["actions"]!.AsArray().Select(a => a!["data"]?[CardVerbs.MeetingKey]?.GetValue<string>()).OfType<string>().First();
        var proposed = await Playground.PressAsync(minutesThread, minutesForm.Id, Execute(CardVerbs.MeetingMinutes, new JsonObject
        {
            [CardVerbs.MeetingKey] = meetingId, [MinutesForm.TextInput(0)] = "Budgettet for 2027 blev gennemgået.", [MinutesForm.TextInput(1)] = "Intet.",
        }));
        var decision = System.Text.RegularExpressions.Regex.Match(BotHarness.Text(proposed["value"]), @"B-\d{4}-\d{3}").Value;
        Assert.NotEmpty(decision);
        var shared = await Playground.NextBotMessageAsync(m => m.Action == "createMessage" &&
            BotHarness.Text(m.Card).Contains(decision, StringComparison.Ordinal));

        // The steering group approves from the shared card; the meeting's card says so.
        foreach (var user in new[] { 1, 2 })
        {
            await Playground.SendActivityAsync(Playground.ActivityFrom(user, $"{PlaygroundClient.TeamId};messageid={shared.Id}", replyToId: shared.Id,
                action: Execute(CardVerbs.Vote, new JsonObject { ["decision"] = decision, ["choice"] = "Approve" })));
        }

        var meetings = fixture.Bot.Services.GetRequiredService<CoordinatorBot.Storage.Meetings.MeetingStore>();
        await Eventually.TrueAsync(async () => (await meetings.GetAsync(PlaygroundClient.TeamId, meetingId, default))?.Status == MeetingStatus.MinutesApproved,
            "the steering group's approval to approve the minutes");

        // The export holds the approved minutes next to the decisions.
        await Playground.SayAsync(PlaygroundClient.TeamId, "eksportér beslutninger", mentionBot: true);
        var export = await Playground.NextBotMessageAsync(m => m.Card?["actions"]?.AsArray().Any(a => a!["url"] is not null) == true &&
            BotHarness.Text(m.Card).Contains("zip", StringComparison.OrdinalIgnoreCase));
        var link = new Uri(export.Card!["actions"]!.AsArray().Select(a => a!["url"]?.GetValue<string>()).OfType<string>().First());
        using var response = await fixture.Bot.Client.GetAsync(link.PathAndQuery);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        using var zip = new System.IO.Compression.ZipArchive(await response.Content.ReadAsStreamAsync());
        var page = zip.Entries.Single(e => e.FullName.EndsWith($"{local:yyyy-MM-dd}-styregruppemoede-referat.md", StringComparison.Ordinal));
        using var reader = new StreamReader(page.Open());
        var minutes = await reader.ReadToEndAsync();
        Assert.Contains(title, minutes, StringComparison.Ordinal);
        Assert.Contains("Budgettet for 2027 blev gennemgået.", minutes, StringComparison.Ordinal);
    }

    private async Task SetUpAsync()
    {
        var (setupThread, setup) = await fixture.SetUpCommunityAsync();
        await Playground.PressAsync(setupThread, setup.Id, Execute(CardVerbs.AssignRole, new JsonObject
        {
            ["person"] = Playground.User(1)["aadObjectId"]!.GetValue<string>(), ["role"] = "SteeringGroup",
        }));
    }
}
