using static CoordinatorBot.Tests.Support.CopenhagenTime;

namespace CoordinatorBot.Tests.Meetings;

/// <summary>
/// The yearly wheel through the running bot and the Graph stand-in: a monthly series booked as one Graph series, its
/// occurrences kept in our tables with their own events (one moved, one cancelled), the annual plan's card, and the
/// scheduler's reminders on the right office days.
/// </summary>
[Trait("Category", "Integration")]
public sealed class YearlyWheelFeatureTests : IAsyncLifetime
{
    private const string Organizer = "moeder@os2.eu";
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-11-27T09:00:00Z", CultureInfo.InvariantCulture));
    private GraphStandIn _graph = null!;
    private BotHarness _harness = null!;

    private MeetingStore Meetings => _harness.Service<MeetingStore>();

    public async Task InitializeAsync()
    {
        _graph = await GraphStandIn.StartAsync(Organizer);
        _harness = new BotHarness(s => s.AddSingleton<TimeProvider>(_time), new Dictionary<string, string?>
        {
            ["Graph:BaseUrl"] = _graph.BaseUrl,
            ["Graph:Organizer"] = Organizer,
        });
        await _harness.InitializeAsync();
        _harness.Connector.Roster.AddRange([("aad-alice", "Alice"), ("aad-kim", "Kim Koordinationsgruppe")]);
        _harness.Connector.Emails["aad-kim"] = "kim@os2.eu";
        await _harness.SetUpCommunityAsync();
        await _harness.AddMembersAsync(Role.CoordinationGroup, ("aad-kim", "Kim Koordinationsgruppe"));
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        await _graph.DisposeAsync();
    }

    [Fact]
    public async Task A_monthly_series_is_one_Graph_series_and_each_occurrence_is_kept_moved_and_cancelled_on_its_own()
    {
        var card = await BookSeriesAsync();

        Assert.Contains("den første mandag hver måned til og med 3. januar 2028 (13 møder)", BotHarness.Text(card), StringComparison.Ordinal);
        Assert.Empty(_graph.Violations);
        var post = Assert.Single(_graph.Calls("POST", $"/users/{Organizer}/events"));
        var recurrence = post.Json!["recurrence"]!;
        Assert.Equal(("relativeMonthly", 1, "monday", "first"), (recurrence["pattern"]!["type"]!.GetValue<string>(),
            recurrence["pattern"]!["interval"]!.GetValue<int>(), recurrence["pattern"]!["daysOfWeek"]![0]!.GetValue<string>(),
            recurrence["pattern"]!["index"]!.GetValue<string>()));
        Assert.Equal(("endDate", "2027-01-04", "2028-01-03"), (recurrence["range"]!["type"]!.GetValue<string>(),
            recurrence["range"]!["startDate"]!.GetValue<string>(), recurrence["range"]!["endDate"]!.GetValue<string>()));
        Assert.Single(_graph.Calls("GET", "/instances"));

        var all = (await Meetings.ListAsync(ActivityBuilder.TeamId, default)).OrderBy(m => m.Start).ToList();
        Assert.Equal(13, all.Count);
        Assert.All(all, m => Assert.Equal(all[0].Id, m.SeriesId));
        Assert.Equal(13, all.Select(m => m.GraphEventId).OfType<string>().Distinct().Count());
        Assert.Equal(new DateTimeOffset(2027, 2, 1, 9, 0, 0, TimeSpan.Zero), all[1].Start); // 10.00 in Copenhagen
        Assert.Equal(new DateTimeOffset(2027, 7, 5, 8, 0, 0, TimeSpan.Zero), all[6].Start); // 10.00 in summer time

        // February's meeting moves to the Tuesday; March's is cancelled. Each through its own event; the others stay.
        await _harness.PressAsync(CardVerbs.MeetingMove, new JsonObject
        {
            [CardVerbs.MeetingKey] = all[1].Id, [MeetingCard.MoveDateInput] = "2027-02-02", [MeetingCard.MoveStartInput] = "10:00", ["lang"] = "da",
        });
        await _harness.PressAsync(CardVerbs.MeetingCancel, new JsonObject
        {
            [CardVerbs.MeetingKey] = all[2].Id, [MeetingCard.CancelCommentInput] = "Vinterferie.", ["lang"] = "da",
        });
        Assert.Single(_graph.Calls("PATCH", $"/events/{all[1].GraphEventId}"));
        Assert.Single(_graph.Calls("POST", $"/events/{all[2].GraphEventId}/cancel"));
        Assert.Empty(_graph.Violations);
        var after = (await Meetings.ListAsync(ActivityBuilder.TeamId, default)).OrderBy(m => m.OriginalStart).ToList();
        Assert.Equal((new DateTimeOffset(2027, 2, 2, 9, 0, 0, TimeSpan.Zero), all[1].Start), (after[1].Start, after[1].OriginalStart));
        Assert.Equal(MeetingStatus.Cancelled, after[2].Status);
        Assert.Equal(12, after.Count(m => m.Status == MeetingStatus.Planned));

        var wheel = BotHarness.Text((await _harness.SayAsync("årshjul 2027")).Cards().Single());
        Assert.Contains("Årshjul 2027", wheel, StringComparison.Ordinal);
        Assert.Contains("Koordinationsgruppen · Aflyst", wheel, StringComparison.Ordinal);
        Assert.Contains("2. feb. kl. 10.00 · Koordinationsgruppen", wheel, StringComparison.Ordinal); // moved
        Assert.Contains("Opgave:", wheel, StringComparison.Ordinal); // the default yearly tasks
        Assert.DoesNotContain("3. jan", wheel, StringComparison.Ordinal); // January 2028 belongs to next year's wheel
        Assert.DoesNotContain("Koordinationsgruppemøde: Koordinationsgruppen", wheel, StringComparison.Ordinal); // the title says the kind

        // July's occurrence as a calendar file: the invitation's series uid (Graph's iCalUId of the series) and where the
        // series put it, so a calendar that holds the invitation updates that occurrence instead of adding a second one.
        var master = _graph.Events.Single(e => e["type"]?.GetValue<string>() == "seriesMaster");
        var ics = await CalendarFiles.DownloadAsync(_harness, after[6].Id);
        var occurrence = Assert.Single(CalendarFiles.ReadWithIcalNet(ics).Events);
        Assert.Equal(master["iCalUId"]!.GetValue<string>(), occurrence.Uid);
        Assert.Equal(after[6].Start, new DateTimeOffset(occurrence.RecurrenceIdentifier!.StartTime.AsUtc));
        var read = (await CalendarFiles.ReadWithIcalJsAsync(ics))["events"]![0]!;
        Assert.Equal(master["iCalUId"]!.GetValue<string>(), read["uid"]!.GetValue<string>());
        Assert.Equal(CalendarFiles.Utc(after[6].Start), read["start"]!.GetValue<string>()); // 10.00 summer time = 08.00 UTC
        Assert.Equal(CalendarFiles.Utc(after[6].Start), read["recurrenceId"]!.GetValue<string>());
        Assert.Equal(master["iCalUId"]!.GetValue<string>(), after[6].CalendarUid);
    }

    [Fact]
    public async Task The_coordinator_is_reminded_of_the_agenda_ten_office_days_ahead_and_of_the_minutes_the_office_day_after()
    {
        await BookSeriesAsync();
        var first = (await Meetings.ListAsync(ActivityBuilder.TeamId, default)).MinBy(m => m.Start)!;
        var job = _harness.Bot.Services.GetServices<IScheduledJob>().OfType<MeetingReminderJob>().Single();
        var outbox = _harness.Service<OutboxStore>();
        var agendaKey = $"agenda-due|{ActivityBuilder.TeamId}|{first.Id}|aad-alice";
        var minutesKey = $"minutes-due|{ActivityBuilder.TeamId}|{first.Id}|aad-alice";

        // 4 January 2027: ten office days back skip 24 December to 1 January, so the agenda is due on 10 December.
        await job.RunAsync(At("2026-12-09T12:00:00"), default);
        Assert.Null(await outbox.GetAsync(agendaKey, default));
        await job.RunAsync(At("2026-12-10T08:00:00"), default);
        Assert.NotNull(await outbox.GetAsync(agendaKey, default));

        await job.RunAsync(At("2027-01-04T15:00:00"), default);
        Assert.Null(await outbox.GetAsync(minutesKey, default));
        await job.RunAsync(At("2027-01-05T08:00:00"), default);
        Assert.NotNull(await outbox.GetAsync(minutesKey, default));
        // The next occurrence's agenda is due on 18 January; nothing of it yet.
        Assert.Null(await outbox.GetAsync($"agenda-due|{ActivityBuilder.TeamId}|{first.Id}-20270201|aad-alice", default));
    }

    private async Task<JsonNode> BookSeriesAsync()
    {
        var booked = await MeetingFeatureTests.BookThroughFormAsync(_harness, new JsonObject
        {
            [MeetingForm.KindInput] = "CoordinationGroup", [MeetingForm.TitleInput] = "Koordinationsgruppen",
            [MeetingForm.DateInput] = "2027-01-04", [MeetingForm.StartInput] = "10:00", [MeetingForm.DurationInput] = "1,5",
            [MeetingForm.BodiesInput] = "CoordinationGroup", [MeetingForm.AgendaInput] = "Input til styregruppen\nEventuelt",
            [MeetingForm.RepeatInput] = "1",
        });
        return booked["value"]!;
    }
}
