namespace CoordinatorBot.Tests.Meetings;

/// <summary>
/// A time poll through the running bot (Azurite, a local connector): sent in the channel, answered by the steering
/// group at the same moment, every answer kept, and the meeting booked once on the earliest time all can make.
/// </summary>
[Trait("Category", "Integration")]
public sealed class TimePollFeatureTests() : ClockedBotFeatureTests(Now)
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-27T09:00:00Z", CultureInfo.InvariantCulture);
    private static readonly DateTimeOffset[] Slots =
    [
        DateTimeOffset.Parse("2026-12-08T09:00:00Z", CultureInfo.InvariantCulture),
        DateTimeOffset.Parse("2026-12-09T13:00:00Z", CultureInfo.InvariantCulture),
        DateTimeOffset.Parse("2026-12-10T09:00:00Z", CultureInfo.InvariantCulture),
    ];

    private MeetingStore Meetings => Service<MeetingStore>();

    protected override Task SetUpAsync() => Harness.SetUpSteeringGroupAsync(("aad-sofie", "Sofie Steen"), ("aad-bo", "Bo Berg"), ("aad-carl", "Carl Odense"));

    [Fact]
    public async Task Answers_given_at_once_are_all_kept_and_the_meeting_is_booked_once_on_the_earliest_time_all_can_make()
    {
        var formKey = await SendPollAsync();
        var shared = Connector.PostedCards().Last();
        Assert.Contains("Afstemning om tidspunkt: Styregruppemøde: Decembermøde", BotHarness.Text(shared), StringComparison.Ordinal);
        Assert.Equal(["29:aad-alice", "29:aad-bo", "29:aad-carl", "29:aad-sofie"], shared["refresh"]!["userIds"]!.AsArray().Select(u => u!.GetValue<string>()).Order());

        // The coordinator sees it too. Each attendee's own view: their answer inputs; the coordinator's: a button per time.
        Assert.Contains(TimePollCard.SlotInput(0), (await PressAsync(CardVerbs.MeetingPollRefresh, formKey, "aad-sofie")).ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(CardVerbs.MeetingPollBook, (await PressAsync(CardVerbs.MeetingPollRefresh, formKey, "aad-alice")).ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Kun de inviterede svarer", BotHarness.Text(await PressAsync(CardVerbs.MeetingPollAnswer, formKey, "aad-alice", "Yes", "Yes", "Yes")),
            StringComparison.Ordinal);

        // Times 2 and 3 suit all three; the earlier of them is booked, once, however the answers race.
        await Task.WhenAll(
            PressAsync(CardVerbs.MeetingPollAnswer, formKey, "aad-sofie", "No", "Yes", "Yes"),
            PressAsync(CardVerbs.MeetingPollAnswer, formKey, "aad-bo", "Yes", "Yes", "Yes"),
            PressAsync(CardVerbs.MeetingPollAnswer, formKey, "aad-carl", "Maybe", "Yes", "Yes"));

        var polls = Service<TimePollStore>();
        Assert.Equal(3, (await polls.ResponsesAsync(ActivityBuilder.TeamId, formKey, default)).Count);
        var meeting = Assert.Single(await Meetings.ListAsync(ActivityBuilder.TeamId, default));
        Assert.Equal((Slots[1], "Alice"), (meeting.Start, meeting.CreatedByName));
        Assert.Equal(Slots[1], (await polls.GetAsync(ActivityBuilder.TeamId, formKey, default))!.BookedStart);
        Assert.Single(Connector.PostedCards(), c => BotHarness.Text(c).Contains("Styregruppemøde: Decembermøde Planlagt", StringComparison.Ordinal));

        // The card in the channel follows, off the answering people's path: its last version has all three answers.
        await Eventually.TrueAsync(() => Service<TimePollCardQueue>().IsIdle, "the poll card's update");
        var updates = Connector.Sent("PUT").SelectMany(r => r.Cards()).Select(BotHarness.Text)
            .Where(t => t.Contains("Afstemning om tidspunkt", StringComparison.Ordinal)).ToList();
        Assert.InRange(updates.Count, 1, 3);
        Assert.Contains("3 af 3 har svaret", updates[^1], StringComparison.Ordinal);

        var late = BotHarness.Text(await PressAsync(CardVerbs.MeetingPollAnswer, formKey, "aad-sofie", "Yes", "Yes", "Yes"));
        Assert.Contains("Afstemningen er slut", late, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_coordinator_picks_a_time_before_everyone_has_answered()
    {
        var formKey = await SendPollAsync();
        await PressAsync(CardVerbs.MeetingPollAnswer, formKey, "aad-sofie", "Yes", "No", "Yes");
        await Eventually.TrueAsync(() => Connector.Sent("PUT").SelectMany(r => r.Cards()).Any(c => BotHarness.Text(c).Contains("1 af 3 har svaret", StringComparison.Ordinal)),
            "the poll card in the channel with Sofie's answer");

        Assert.Contains("koordinator", BotHarness.Text(await PickAsync(formKey, "aad-sofie", "2")), StringComparison.Ordinal);
        var picked = BotHarness.Text(await PickAsync(formKey, "aad-alice", "2"));

        Assert.Contains("Mødet er booket torsdag den 10. december 2026 kl. 10.00", picked, StringComparison.Ordinal);
        Assert.Equal(Slots[2], Assert.Single(await Meetings.ListAsync(ActivityBuilder.TeamId, default)).Start);
    }

    private async Task<string> SendPollAsync()
    {
        var formKey = MeetingFeatureTests.FormKey((await Harness.SayAsync("møde ny")).Cards().Single());
        var sent = await Harness.PressAsync(CardVerbs.MeetingPollSend, new JsonObject
        {
            [CardVerbs.MeetingFormKey] = formKey, ["lang"] = "da",
            [CardVerbs.SlotsKey] = string.Join(' ', Slots.Select(s => s.ToString("O", CultureInfo.InvariantCulture))),
            [MeetingForm.KindInput] = "SteeringGroup", [MeetingForm.TitleInput] = "Decembermøde",
            [MeetingForm.DateInput] = "2026-12-01", [MeetingForm.StartInput] = "10:00", [MeetingForm.DurationInput] = "1",
            [MeetingForm.BodiesInput] = "SteeringGroup", [MeetingForm.ExternalInput] = "gaest@aarhus.dk",
        });
        Assert.Contains("Afstemningen er sendt i kanalen til 3 inviterede.", BotHarness.Text(sent["value"]), StringComparison.Ordinal);
        return formKey;
    }

    private Task<JsonNode> PressAsync(string verb, string formKey, string aad, params string[] answers) => Press(verb, formKey, aad, null, answers);

    private Task<JsonNode> PickAsync(string formKey, string aad, string slot) => Press(CardVerbs.MeetingPollBook, formKey, aad, slot, []);

    private async Task<JsonNode> Press(string verb, string formKey, string aad, string? slot, string[] answers)
    {
        var data = new JsonObject { [CardVerbs.MeetingFormKey] = formKey, ["lang"] = "da" };
        for (var i = 0; i < answers.Length; i++)
        {
            data[TimePollCard.SlotInput(i)] = answers[i];
        }

        return await Harness.PressAsync(verb, data.WithGiven((CardVerbs.SlotKey, slot)), aad, aad);
    }
}
