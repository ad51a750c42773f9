using CoordinatorBot.Bot.Features.Backlog;

namespace CoordinatorBot.Tests.Backlog;

/// <summary>
/// Accepted items become GitHub issues and delivered ones close them, through the paced queue, against a local
/// stand-in that checks each request as GitHub's REST documentation describes it (POST /repos/{owner}/{repo}/issues
/// with a title; PATCH /repos/{owner}/{repo}/issues/{number} with state "closed"; a token; a User-Agent) and that
/// answers the first call with a secondary rate limit (403 with Retry-After).
/// </summary>
[Trait("Category", "Integration")]
public sealed class GitHubIssueTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-11-27T09:00:00Z", CultureInfo.InvariantCulture));
    private readonly List<(string Method, string Path, string? Problem, JsonNode? Body)> _requests = [];
    private LoopbackServer _github = null!;
    private BotHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _github = await LoopbackServer.StartAsync(app => app.Run(StandInAsync));
        _harness = new BotHarness(s => s.AddSingleton<TimeProvider>(_time), new Dictionary<string, string?>
        {
            ["GitHub:Repository"] = "os2/os2mo", ["GitHub:Token"] = "secret-token", ["GitHub:BaseUrl"] = _github.Address.ToString(),
            ["GitHub:MinInterval"] = "00:00:00",
        }, hostedScheduler: false);
        await _harness.InitializeAsync();
        await BacklogPeople.SetUpAsync(_harness);
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        await _github.DisposeAsync();
    }

    private BacklogStore Backlog => _harness.Service<BacklogStore>();
    private GitHubQueueStore Queue => _harness.Service<GitHubQueueStore>();
    private Task RunJobAsync() => _harness.Service<GitHubSyncJob>().RunAsync(_time.GetUtcNow(), default);

    [Fact]
    public async Task An_accepted_item_gets_an_issue_after_a_rate_limit_and_its_delivery_closes_it()
    {
        await _harness.PressAsync(CardVerbs.WishSave, BacklogPeople.Wish("Login med MitID"), "aad-ida", "Ida");
        await _harness.PressAsync(CardVerbs.WishAccept, new JsonObject
        {
            ["wish"] = "1", ["moscow.1"] = "Must", ["hours.1"] = "40", ["supplier.1"] = "Magenta ApS",
            ["criteria.1"] = "Borgeren kan logge ind med MitID\nBorgeren kan logge ud",
        }, "aad-kim", "Kim");

        // Nothing was called in the turn; the job's first call meets the secondary rate limit and waits its Retry-After.
        Assert.Empty(_requests);
        await RunJobAsync();
        var limited = await Queue.GetAsync(GitHubAction.CreateIssue, ActivityBuilder.TeamId, 1, default);
        Assert.Equal((nameof(OutboxStatus.Pending), 403, _time.GetUtcNow().AddSeconds(60)), (limited!.Status, limited.LastStatusCode, limited.NotBefore));
        await RunJobAsync();
        Assert.Single(_requests);

        _time.Advance(TimeSpan.FromSeconds(61));
        await RunJobAsync();

        Assert.Equal(2, _requests.Count);
        Assert.All(_requests, r => Assert.Null(r.Problem));
        var create = _requests[1];
        Assert.Equal(("POST", "/api/v3/repos/os2/os2mo/issues"), (create.Method, create.Path));
        Assert.Equal("Login med MitID", create.Body!["title"]!.GetValue<string>());
        var body = create.Body["body"]!.GetValue<string>();
        Assert.Contains("Som borger ønsker jeg at logge ind med MitID", body, StringComparison.Ordinal);
        Assert.Contains("- [ ] Borgeren kan logge ind med MitID\n- [ ] Borgeren kan logge ud", body, StringComparison.Ordinal);
        var item = await Backlog.GetItemAsync(ActivityBuilder.TeamId, 1, default);
        Assert.Equal(("https://github.com/os2/os2mo/issues/42", 42), (item!.IssueUrl, item.IssueNumber));

        await _harness.PressAsync(CardVerbs.ItemPrioritise, new JsonObject { ["item"] = "1" }, "aad-kim", "Kim");
        foreach (var status in new[] { "InProgress", "InTest" })
        {
            await _harness.PressAsync(CardVerbs.ItemMove, new JsonObject { ["item"] = "1", ["status"] = status }, "aad-lis", "Lis");
        }

        await _harness.PressAsync(CardVerbs.ItemMove, new JsonObject
        {
            ["item"] = "1", ["status"] = "Delivered", ["criterion.0"] = "true", ["criterion.1"] = "true",
        }, "aad-lis", "Lis");
        await RunJobAsync();

        var close = _requests[^1];
        Assert.Equal(("PATCH", "/api/v3/repos/os2/os2mo/issues/42", "closed", "completed"),
            (close.Method, close.Path, close.Body!["state"]!.GetValue<string>(), close.Body["state_reason"]!.GetValue<string>()));
        Assert.Null(close.Problem);
        Assert.Equal(nameof(OutboxStatus.Sent), (await Queue.GetAsync(GitHubAction.CloseIssue, ActivityBuilder.TeamId, 1, default))!.Status);
        await RunJobAsync();
        Assert.Equal(3, _requests.Count);
    }

    [Fact]
    public async Task An_item_the_steering_group_turns_down_has_its_issue_closed_as_not_planned_and_nobody_is_pinged_from_the_text()
    {
        await _harness.PressAsync(CardVerbs.SaveSetup, new JsonObject
        {
            ["productName"] = "OS2mo", ["timeZone"] = "Europe/Copenhagen", ["hourBudget"] = "10", ["lang"] = "da",
            [SetupCard.BacklogHoursInput] = "10", [SetupCard.BacklogPeriodInput] = "Quarter", [SetupCard.SupportThresholdInput] = "3",
        });
        var wish = BacklogPeople.Wish("Login med MitID");
        wish[WishForm.NeedInput] = "Som borger ønsker jeg MitID, som @octocat og @os2/core har talt om.";
        await _harness.PressAsync(CardVerbs.WishSave, wish, "aad-ida", "Ida");
        await _harness.PressAsync(CardVerbs.WishAccept, new JsonObject
        {
            ["wish"] = "1", ["moscow.1"] = "Should", ["hours.1"] = "40", ["supplier.1"] = "Magenta ApS", ["criteria.1"] = "Spørg @kim",
        }, "aad-kim", "Kim");
        await RunJobAsync();
        _time.Advance(TimeSpan.FromSeconds(61));
        await RunJobAsync();
        var body = _requests[^1].Body!["body"]!.GetValue<string>();
        Assert.Contains("som @&#8203;octocat og @&#8203;os2/core har talt om", body, StringComparison.Ordinal);
        Assert.Contains("- [ ] Spørg @&#8203;kim", body, StringComparison.Ordinal);
        Assert.DoesNotMatch("@[A-Za-z]", body);

        // Beyond the coordination group's 10 hours: sent to the steering group, who turn it down.
        await _harness.PressAsync(CardVerbs.ItemEscalate, new JsonObject { ["item"] = "1" }, "aad-kim", "Kim");
        foreach (var (id, name) in new[] { ("aad-bob", "Bob"), ("aad-carl", "Carl") })
        {
            await _harness.PressAsync(CardVerbs.Vote, new JsonObject { ["decision"] = "B-2026-001", ["choice"] = "Reject" }, id, name);
        }

        Assert.Equal(ItemStatus.Rejected, (await Backlog.GetItemAsync(ActivityBuilder.TeamId, 1, default))!.Status);
        await RunJobAsync();
        var close = _requests[^1];
        Assert.Equal(("PATCH", "/api/v3/repos/os2/os2mo/issues/42", "closed", "not_planned"),
            (close.Method, close.Path, close.Body!["state"]!.GetValue<string>(), close.Body["state_reason"]!.GetValue<string>()));
        Assert.Null(close.Problem);
    }

    /// <summary>
    /// GitHub as its REST documentation describes the two endpoints: a token in Authorization, a User-Agent (required),
    /// a JSON body; 201 with the issue for a create, 200 for an update. The first create gets a secondary rate limit.
    /// </summary>
    private async Task StandInAsync(HttpContext context)
    {
        var request = context.Request;
        var body = request.ContentLength is > 0 || request.Headers.ContentType.Count > 0 ? await JsonNode.ParseAsync(request.Body) : null;
        var problem = !request.Headers.Authorization.ToString().Equals("token secret-token", StringComparison.OrdinalIgnoreCase)
            && !request.Headers.Authorization.ToString().Equals("Bearer secret-token", StringComparison.Ordinal) ? $"authorization '{request.Headers.Authorization}'"
            : string.IsNullOrWhiteSpace(request.Headers.UserAgent) ? "no User-Agent"
            : !request.Headers.Accept.ToString().Contains("json", StringComparison.OrdinalIgnoreCase) ? $"accept '{request.Headers.Accept}'"
            : request.Method == "POST" && body?["title"] is not JsonValue ? "no title"
            : request.Method == "PATCH" && body?["state"]?.GetValue<string>() is not ("open" or "closed") ? "no state"
            : request.Method == "PATCH" && body?["state_reason"] is { } reason && reason.GetValue<string>() is not ("completed" or "not_planned" or "duplicate" or "reopened")
                ? $"state_reason '{reason}'"
            : null;
        lock (_requests)
        {
            _requests.Add((request.Method, request.Path.Value ?? string.Empty, problem, body));
        }

        if (problem is not null)
        {
            context.Response.StatusCode = 422;
            return;
        }

        if (request.Method == "POST" && _requests.Count == 1)
        {
            context.Response.StatusCode = 403;
            context.Response.Headers.RetryAfter = "60";
            await context.Response.WriteAsJsonAsync(new { message = "You have exceeded a secondary rate limit." });
            return;
        }

        context.Response.StatusCode = request.Method == "POST" ? 201 : 200;
        await context.Response.WriteAsJsonAsync(new
        {
            id = 1042, number = 42, title = body?["title"]?.GetValue<string>() ?? "Login med MitID", state = request.Method == "PATCH" ? "closed" : "open",
            html_url = "https://github.com/os2/os2mo/issues/42", url = $"{_github.Address}api/v3/repos/os2/os2mo/issues/42",
        }, new JsonSerializerOptions());
    }
}
