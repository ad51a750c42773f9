using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using static CoordinatorBot.Tests.Support.CopenhagenTime;

namespace CoordinatorBot.Tests.Meetings;

/// <summary>The meetings' Graph calls through the official SDK against a stand-in that checks them as Graph's reference describes.</summary>
[Trait("Category", "Integration")]
public sealed class MeetingGraphTests : IAsyncLifetime
{
    private const string Organizer = "moeder@os2.eu";
    private GraphStandIn _graph = null!;

    public async Task InitializeAsync() => _graph = await GraphStandIn.StartAsync(Organizer);

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    [Fact]
    public async Task Booking_posts_an_online_teams_meeting_with_the_attendees_the_escaped_agenda_and_a_transaction_id()
    {
        var meeting = Cards.MeetingGallery.Sample();
        var html = MeetingInvitation.Html(new Texts(Language.Danish), meeting);

        var (eventId, joinUrl, calendarUid) = await Client().CreateAsync(Organizer, meeting, Copenhagen, html, default);

        Assert.Empty(_graph.Violations);
        var post = Assert.Single(_graph.Calls("POST", $"/users/{Organizer}/events"));
        Assert.Empty(post.Authorization); // Development, loopback: no token
        var body = post.Json!;
        Assert.Equal("Styregruppemøde december <b>&</b>", body["subject"]!.GetValue<string>());
        Assert.True(body["isOnlineMeeting"]!.GetValue<bool>());
        Assert.Equal("teamsForBusiness", body["onlineMeetingProvider"]!.GetValue<string>());
        Assert.Equal(meeting.TransactionId, body["transactionId"]!.GetValue<string>());
        Assert.Equal("2026-12-08T10:00:00", body["start"]!["dateTime"]!.GetValue<string>());
        Assert.Equal("2026-12-08T11:30:00", body["end"]!["dateTime"]!.GetValue<string>());
        Assert.Equal("Romance Standard Time", body["start"]!["timeZone"]!.GetValue<string>());
        var content = body["body"]!["content"]!.GetValue<string>();
        Assert.Contains("<li>1. Budget 2027 &amp; &lt;prioriteter&gt;</li>", content, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>&</b>", content, StringComparison.Ordinal);
        var addresses = body["attendees"]!.AsArray().Select(a => a!["emailAddress"]!["address"]!.GetValue<string>()).ToList();
        Assert.Equal(11, addresses.Count); // the member without an address cannot be invited by mail
        Assert.Contains("ekstern@leverandor.dk", addresses);
        Assert.Equal(_graph.Events.Single()["id"]!.GetValue<string>(), eventId);
        Assert.StartsWith("https://teams.microsoft.com/l/meetup-join/", joinUrl, StringComparison.Ordinal);
        // The event's iCalUId as Graph answers it: the uid its invitation carries, for the calendar file.
        Assert.Equal(_graph.Events.Single()["iCalUId"]!.GetValue<string>(), calendarUid);
        Assert.StartsWith("040000008200E00074C5B7101A82E008", calendarUid, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_booking_retried_after_a_503_makes_one_event()
    {
        _graph.Fail(503, "ServiceUnavailable", TimeSpan.FromSeconds(1));

        await Client().CreateAsync(Organizer, Cards.MeetingGallery.Sample(), Copenhagen, "<p>x</p>", default);

        var posts = _graph.Calls("POST", "/events");
        Assert.Equal(2, posts.Count);
        Assert.Equal(posts[0].Json!["transactionId"]!.ToString(), posts[1].Json!["transactionId"]!.ToString());
        Assert.Single(_graph.Events);
        Assert.True(posts[1].At - posts[0].At >= TimeSpan.FromSeconds(0.9), "Retry-After was waited out");
    }

    [Fact]
    public async Task Moving_patches_start_and_end_and_cancelling_posts_the_message_and_gets_202()
    {
        var client = Client();
        var meeting = Cards.MeetingGallery.Sample();
        var (eventId, _, _) = await client.CreateAsync(Organizer, meeting, Copenhagen, "<p>x</p>", default);

        await client.MoveAsync(Organizer, eventId, meeting.MovedTo(DateTimeOffset.Parse("2026-12-10T13:00:00Z", CultureInfo.InvariantCulture)), Copenhagen, default);
        await client.CancelAsync(Organizer, eventId, "Vi flytter til januar.", default);

        Assert.Empty(_graph.Violations);
        var patch = Assert.Single(_graph.Calls("PATCH", $"/events/{eventId}"));
        Assert.Equal("2026-12-10T14:00:00", patch.Json!["start"]!["dateTime"]!.GetValue<string>());
        Assert.Equal("2026-12-10T15:30:00", patch.Json!["end"]!["dateTime"]!.GetValue<string>());
        Assert.Null(patch.Json["subject"]);
        var cancel = Assert.Single(_graph.Calls("POST", $"/events/{eventId}/cancel"));
        Assert.Equal("Vi flytter til januar.", GraphStandIn.Parameter(cancel.Json!.AsObject(), "comment")!.GetValue<string>());
        Assert.True(_graph.Events.Single()["isCancelled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_answers_are_counted_from_the_event()
    {
        var client = Client();
        var (eventId, _, _) = await client.CreateAsync(Organizer, Cards.MeetingGallery.Sample(), Copenhagen, "<p>x</p>", default);
        _graph.Answers["sg1@kommune.dk"] = "accepted";
        _graph.Answers["sg2@kommune.dk"] = "accepted";
        _graph.Answers["sg3@kommune.dk"] = "tentativelyAccepted";
        _graph.Answers["sg4@kommune.dk"] = "declined";

        var responses = await client.ResponsesAsync(Organizer, eventId, DateTimeOffset.UtcNow, default);

        Assert.Equal((2, 1, 1, 7), (responses.Accepted, responses.Tentative, responses.Declined, responses.None));
        Assert.Contains("attendees", Assert.Single(_graph.Calls("GET", $"/events/{eventId}")).Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedules_are_read_twenty_a_call_with_the_time_zone_preferred_and_error_items_are_unknown()
    {
        var days = SlotSearch.NextOfficeDays(new DateOnly(2026, 12, 4));
        var search = new SlotSearch(days, WorkingHours.Default, TimeSpan.FromHours(1), Copenhagen, DateTimeOffset.MinValue);
        var attendees = Enumerable.Range(1, 44).Select(i => new MeetingAttendee($"P{i}", $"p{i}@os2.eu", $"aad-{i}"))
            .Append(new MeetingAttendee("Gæst", "gaest@aarhus.dk"))
            .Append(new MeetingAttendee("Uden adresse", null, "aad-x")).ToList();
        _graph.OtherTenants["aarhus.dk"] = 0;
        var monday = days[0];
        _graph.Busy["p1@os2.eu"] = [(Copenhagen.ToInstant(monday, new TimeOnly(8, 0)), Copenhagen.ToInstant(monday, new TimeOnly(12, 0)), "busy")];
        _graph.Busy["p2@os2.eu"] = [(Copenhagen.ToInstant(monday, new TimeOnly(12, 0)), Copenhagen.ToInstant(monday, new TimeOnly(13, 0)), "free")];

        var availability = await Client().AvailabilityAsync(Organizer, attendees, search, default);

        Assert.Empty(_graph.Violations);
        var calls = _graph.Calls("POST", "/calendar/getSchedule");
        Assert.Equal([20, 20, 5], calls.Select(c => GraphStandIn.Parameter(c.Json!.AsObject(), "schedules")!.AsArray().Count));
        Assert.All(calls, c => Assert.Equal(30, GraphStandIn.Parameter(c.Json!.AsObject(), "availabilityViewInterval")!.GetValue<int>()));
        Assert.Equal("2026-12-07T08:00:00", GraphStandIn.Parameter(calls[0].Json!.AsObject(), "startTime")!["dateTime"]!.GetValue<string>());
        Assert.True(availability.Single(a => a.Attendee.Name == "Gæst").IsUnknown);
        Assert.True(availability.Single(a => a.Attendee.Name == "Uden adresse").IsUnknown);
        var p1 = availability.Single(a => a.Attendee.Name == "P1");
        Assert.Equal(Copenhagen.ToInstant(monday, new TimeOnly(8, 0)), Assert.Single(p1.Busy!).Start);
        Assert.Empty(availability.Single(a => a.Attendee.Name == "P2").Busy!); // a free item is no busy block

        var best = SlotFinder.Find(search, availability)[0];
        Assert.Equal(Copenhagen.ToInstant(monday, new TimeOnly(12, 0)), best.Start);
        Assert.Equal(44, best.Free.Count);
        Assert.Equal(2, best.Unknown.Count);
    }

    [Theory]
    [InlineData(403, "ErrorAccessDenied", GraphFailure.Forbidden)]
    [InlineData(400, "ErrorInvalidRequest", GraphFailure.Failed)]
    public async Task A_refusal_says_what_it_means_for_the_coordinator(int status, string code, GraphFailure expected)
    {
        _graph.Fail(status, code);

        var failure = await Assert.ThrowsAsync<GraphCallException>(() =>
            Client().CreateAsync(Organizer, Cards.MeetingGallery.Sample(), Copenhagen, "<p>x</p>", default));

        Assert.Equal(expected, failure.Failure);
        Assert.Equal(status, failure.Status);
    }

    [Fact]
    public async Task An_organizer_mailbox_that_does_not_exist_is_a_404()
    {
        var failure = await Assert.ThrowsAsync<GraphCallException>(() =>
            Client().CreateAsync("ingen@os2.eu", Cards.MeetingGallery.Sample(), Copenhagen, "<p>x</p>", default));

        Assert.Equal(GraphFailure.NotFound, failure.Failure);
        Assert.Empty(_graph.Events);
    }

    [Fact]
    public async Task A_429_is_retried_after_its_retry_after_and_then_reported_as_throttled()
    {
        for (var i = 0; i < 4; i++)
        {
            _graph.Fail(429, "ApplicationThrottled", TimeSpan.FromSeconds(1));
        }

        var failure = await Assert.ThrowsAsync<GraphCallException>(() =>
            Client().CreateAsync(Organizer, Cards.MeetingGallery.Sample(), Copenhagen, "<p>x</p>", default));

        Assert.Equal(GraphFailure.Throttled, failure.Failure);
        var posts = _graph.Calls("POST", "/events");
        Assert.Equal(4, posts.Count); // the first try and Graph's three retries
        Assert.True(posts[^1].At - posts[0].At >= TimeSpan.FromSeconds(2.7), "each Retry-After was waited out");
    }

    [Fact]
    public async Task A_429_followed_by_success_books_once()
    {
        _graph.Fail(429, "ApplicationThrottled", TimeSpan.FromSeconds(1));

        var (eventId, _, _) = await Client().CreateAsync(Organizer, Cards.MeetingGallery.Sample(), Copenhagen, "<p>x</p>", default);

        Assert.Equal(2, _graph.Calls("POST", "/events").Count);
        Assert.Equal(eventId, Assert.Single(_graph.Events)["id"]!.GetValue<string>());
    }

    /// <summary>The client as the bot composes it: the feature's registrations, the stand-in's address, Development.</summary>
    private MeetingGraph Client()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Graph:BaseUrl"] = _graph.BaseUrl, ["Graph:Organizer"] = Organizer,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = "Development" });
        services.AddMeetingsFeature(configuration);
        return services.BuildServiceProvider().GetRequiredService<MeetingGraph>();
    }
}
