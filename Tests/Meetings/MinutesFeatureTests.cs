namespace CoordinatorBot.Tests.Meetings;

/// <summary>
/// Agenda and minutes through the running bot (Azurite, a local connector, no Graph): the agenda sent, the minutes
/// written with the decisions taken, approved by the steering group's votes, in the export, then published.
/// </summary>
[Trait("Category", "Integration")]
// Friday 27 November 2026, 10.00 in Copenhagen; the meeting is Tuesday 8 December, 10.00–11.00.
public sealed class MinutesFeatureTests() : ClockedBotFeatureTests
{
    private MeetingStore Meetings => Service<MeetingStore>();

    private DecisionStore Decisions => Service<DecisionStore>();

    protected override Task SetUpAsync() => Harness.SetUpSteeringGroupAsync(("aad-sofie", "Sofie Steen"), ("aad-bo", "Bo Berg"));

    [Fact]
    public async Task Minutes_written_after_the_meeting_are_approved_by_the_body_and_exported_beside_the_decisions()
    {
        var budget = await ProposeBudgetDecisionAsync();
        var meeting = await BookAsync();

        var sent = BotHarness.Text(await PressAsync(CardVerbs.MeetingAgenda, meeting.Id));
        Assert.Contains("Dagsordenen er sendt i kanalen og til 2 deltagere", sent, StringComparison.Ordinal);
        Assert.Contains("Dagsorden: Styregruppemøde: Decembermøde", BotHarness.Text(Connector.PostedCards().Last()), StringComparison.Ordinal);
        Assert.Contains("Dagsordenen er allerede sendt", BotHarness.Text(await PressAsync(CardVerbs.MeetingAgenda, meeting.Id)), StringComparison.Ordinal);
        Assert.Contains("først skrives, når mødet er begyndt", BotHarness.Text(await PressAsync(CardVerbs.MeetingMinutesForm, meeting.Id)),
            StringComparison.Ordinal);

        Time.SetUtcNow(DateTimeOffset.Parse("2026-12-08T10:30:00Z", CultureInfo.InvariantCulture));
        var form = (await Harness.SayAsync("referat")).Cards().Single();
        Assert.Contains("1.\u00a0Budget 2027", BotHarness.Text(form), StringComparison.Ordinal);

        // Only the coordinator writes minutes; an unknown B-number brings the form back and nothing is stored.
        Assert.Contains("koordinator", BotHarness.Text(await PressAsync(CardVerbs.MeetingMinutes, meeting.Id, Minutes(budget.ToString()), "aad-sofie")),
            StringComparison.Ordinal);
        var refused = BotHarness.Text(await PressAsync(CardVerbs.MeetingMinutes, meeting.Id, Minutes($"{budget}, B-2026-099")));
        Assert.Contains("Punkt 1: beslutning B-2026-099 findes ikke.", refused, StringComparison.Ordinal);
        Assert.Equal(MeetingStatus.AgendaSent, (await Meetings.GetAsync(ActivityBuilder.TeamId, meeting.Id, default))!.Status);

        var proposed = BotHarness.Text(await PressAsync(CardVerbs.MeetingMinutes, meeting.Id, Minutes(budget.ToString())));
        Assert.Contains("Referatet er sendt til styregruppen til godkendelse som B-2026-002.", proposed, StringComparison.Ordinal);
        var minutesDecision = (await Decisions.GetAsync(ActivityBuilder.TeamId, new DecisionNumber(2026, 2), default))!;
        Assert.Equal((DecisionType.Minutes, DecidingBody.SteeringGroup), (minutesDecision.Draft.Type, minutesDecision.Draft.Body));
        Assert.Contains("Budgettet blev gennemgået.", minutesDecision.Draft.Context, StringComparison.Ordinal);
        Assert.Contains("Beslutninger: B-2026-001", minutesDecision.Draft.Context, StringComparison.Ordinal);
        var log = BotHarness.Text((await Harness.SayAsync("beslutninger referat")).Cards().Single());
        Assert.Contains("B-2026-002", log, StringComparison.Ordinal);
        Assert.DoesNotContain("B-2026-001", log, StringComparison.Ordinal);
        Assert.Contains("afventer godkendelse som B-2026-002", BotHarness.Text(await PressAsync(CardVerbs.MeetingMinutesForm, meeting.Id)),
            StringComparison.Ordinal);

        await VoteAsync(minutesDecision.Number, "aad-sofie", "Sofie Steen");
        await VoteAsync(minutesDecision.Number, "aad-bo", "Bo Berg");

        Assert.Equal(DecisionStatus.Accepted, (await Decisions.GetAsync(ActivityBuilder.TeamId, minutesDecision.Number, default))!.Status);
        var approved = (await Meetings.GetAsync(ActivityBuilder.TeamId, meeting.Id, default))!;
        Assert.Equal(MeetingStatus.MinutesApproved, approved.Status);
        // The meeting's card in the channel says so (a decision's card closed by its deadline may be replaced after it).
        await Eventually.TrueAsync(() => Connector.Sent("PUT").Any(r => r.Cards().Any(c => BotHarness.Text(c).Contains("Referat godkendt", StringComparison.Ordinal))),
            "the meeting's card replaced with the approved minutes", TimeSpan.FromSeconds(10));

        var files = await Harness.DecisionExportAsync();
        var page = files["2026-12-08-styregruppemoede-referat.md"];
        Assert.StartsWith("---\ntitle: \"Referat: Styregruppemøde: Decembermøde\"\n", page, StringComparison.Ordinal);
        Assert.Contains("decision: \"B-2026-002\"", page, StringComparison.Ordinal);
        Assert.Contains("## 1\\. Budget 2027\n\nBudgettet blev gennemgået. &#123;&#123; site.data &#125;&#125; &lt;b&gt;\n", page, StringComparison.Ordinal);
        Assert.Contains("Beslutninger: B-2026-001", page, StringComparison.Ordinal);
        Assert.Contains("## 2\\. Eventuelt", page, StringComparison.Ordinal);
        Assert.Contains(files.Keys, k => k.EndsWith("-budget-2027.md", StringComparison.Ordinal)); // the decisions still there

        var published = BotHarness.Text(await PressAsync(CardVerbs.MeetingPublish, meeting.Id));
        Assert.Contains("Referatet er markeret som publiceret.", published, StringComparison.Ordinal);
        Assert.Equal(MeetingStatus.Published, (await Meetings.GetAsync(ActivityBuilder.TeamId, meeting.Id, default))!.Status);
        Assert.Contains("2026-12-08-styregruppemoede-referat.md", (await Harness.DecisionExportAsync()).Keys);
    }

    [Fact]
    public async Task Minutes_the_body_turns_down_can_be_written_again()
    {
        var meeting = await BookAsync();
        Time.SetUtcNow(DateTimeOffset.Parse("2026-12-08T10:30:00Z", CultureInfo.InvariantCulture));
        await PressAsync(CardVerbs.MeetingMinutes, meeting.Id, Minutes(string.Empty));

        await VoteAsync(new DecisionNumber(2026, 1), "aad-sofie", "Sofie Steen", VoteChoice.Reject);
        await VoteAsync(new DecisionNumber(2026, 1), "aad-bo", "Bo Berg", VoteChoice.Reject);

        var after = (await Meetings.GetAsync(ActivityBuilder.TeamId, meeting.Id, default))!;
        Assert.Equal((MeetingStatus.MinutesDraft, (DecisionNumber?)null), (after.Status, after.MinutesDecision));
        var again = BotHarness.Text(await PressAsync(CardVerbs.MeetingMinutes, meeting.Id, Minutes(string.Empty)));
        Assert.Contains("til godkendelse som B-2026-002", again, StringComparison.Ordinal);
        Assert.DoesNotContain((await Harness.DecisionExportAsync()).Keys, k => k.EndsWith("-referat.md", StringComparison.Ordinal));
    }

    private async Task<DecisionNumber> ProposeBudgetDecisionAsync()
    {
        var service = Service<CoordinatorBot.Bot.Features.Decisions.DecisionService>();
        var community = (await Service<CoordinatorBot.Storage.Communities.CommunityStore>()
            .GetAsync(ActivityBuilder.TeamId, default))!;
        var members = await Service<CoordinatorBot.Storage.Communities.MemberStore>().ListAsync(ActivityBuilder.TeamId, default);
        var draft = new DecisionDraft("Budget 2027", DecisionType.Operational, DecidingBody.SteeringGroup, "Budgettet for 2027.", "Budgettet vedtages.",
            null, null, null, Start.AddDays(7), new DecisionRule(RuleKind.SimpleMajority, 0));
        return (await service.ProposeAsync(community, members, "aad-alice", "Alice", draft, default)).Decision.Number;
    }

    private async Task<Meeting> BookAsync()
    {
        var booked = await MeetingFeatureTests.BookThroughFormAsync(Harness, new JsonObject
        {
            [MeetingForm.KindInput] = "SteeringGroup", [MeetingForm.TitleInput] = "Decembermøde",
            [MeetingForm.DateInput] = "2026-12-08", [MeetingForm.StartInput] = "10:00", [MeetingForm.DurationInput] = "1",
            [MeetingForm.BodiesInput] = "SteeringGroup", [MeetingForm.AgendaInput] = "Budget 2027\nEventuelt",
        });
        Assert.Contains("Send dagsorden", BotHarness.Text(booked["value"]), StringComparison.Ordinal);
        return (await Meetings.ListAsync(ActivityBuilder.TeamId, default)).Single();
    }

    private static JsonObject Minutes(string decisions) => new()
    {
        [MinutesForm.TextInput(0)] = "Budgettet blev gennemgået. {{ site.data }} <b>", [MinutesForm.DecisionsInput(0)] = decisions,
        [MinutesForm.TextInput(1)] = "Intet.",
    };

    private async Task<JsonNode> PressAsync(string verb, string meetingId, JsonObject? data = null, string aad = "aad-alice")
    {
        data ??= [];
        data[CardVerbs.MeetingKey] = meetingId;
        data["lang"] = "da";
        return (await Harness.PressAsync(verb, data, aad, aad == "aad-alice" ? "Alice" : "Sofie Steen"))["value"]!;
    }

    private async Task VoteAsync(DecisionNumber number, string aad, string name, VoteChoice choice = VoteChoice.Approve)
    {
        Time.Advance(TimeSpan.FromSeconds(1));
        await Harness.PressAsync(CardVerbs.Vote, new JsonObject { ["decision"] = number.ToString(), ["choice"] = choice.ToString(), ["lang"] = "da" }, aad, name);
    }
}
