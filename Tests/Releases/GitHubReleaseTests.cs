using CoordinatorBot.Bot.Features.Releases;
using CoordinatorBot.Tests.Backlog;

namespace CoordinatorBot.Tests.Releases;

/// <summary>
/// A community's releases read from GitHub through the bot's one GitHub client and pace, against a stand-in that
/// answers GET /repos/{owner}/{repo}/releases as GitHub's REST documentation describes: pages joined by Link headers,
/// an ETag and 304 Not Modified for If-None-Match, 404 for a repository it does not know, 403 without access, and a
/// secondary rate limit (403 with Retry-After).
/// </summary>
[Trait("Category", "Integration")]
public sealed class GitHubReleaseTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-12-04T09:00:00Z", CultureInfo.InvariantCulture));
    private readonly List<(string Path, string Query, string? IfNoneMatch, string? Problem)> _requests = [];
    private readonly List<JsonObject> _releases =
    [
        Release("v3.10.0", "Login med MitID", "Gennemfører B-2026-001."), Release("v3.9.1", "Rettelser"), Release("v3.9.0", "Eksport"),
        Release("v4.0.0-draft", "Kladde", draft: true),
    ];

    private string? _answer;
    private LoopbackServer _github = null!;
    private BotHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _github = await LoopbackServer.StartAsync(app => app.Run(StandInAsync));
        _harness = new BotHarness(s => s.AddSingleton<TimeProvider>(_time), new Dictionary<string, string?>
        {
            ["GitHub:Token"] = "secret-token", ["GitHub:BaseUrl"] = _github.Address.ToString(), ["GitHub:MinInterval"] = "00:00:00",
        }, hostedScheduler: false);
        await _harness.InitializeAsync();
        await BacklogPeople.SetUpAsync(_harness);
        await SetRepositoryAsync("os2/os2mo");
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        await _github.DisposeAsync();
    }

    private ReleaseStore Store => _harness.Bot.Services.GetRequiredService<ReleaseStore>();
    private OutboxStore Outbox => _harness.Bot.Services.GetRequiredService<OutboxStore>();
    private Task RunAsync() => _harness.Bot.Services.GetRequiredService<ReleaseSyncJob>().RunAsync(_time.GetUtcNow(), default);

    private Task SetRepositoryAsync(string repository) => _harness.PressAsync(CardVerbs.SaveSetup, new JsonObject
    {
        ["productName"] = "OS2mo", ["timeZone"] = "Europe/Copenhagen", ["hourBudget"] = "10", ["lang"] = "da",
        [SetupCard.ReleaseRepositoryInput] = repository, [SetupCard.SecretariatAccessInput] = "true",
    });

    [Fact]
    public async Task Every_page_is_read_the_history_taken_silently_an_unchanged_list_asked_conditionally_and_a_new_release_announced()
    {
        await RunAsync();

        // Two pages (Link: rel="next"), the draft left out, none of the history announced.
        Assert.Equal(["page=1", "page=2"], _requests.Select(r => r.Query.Contains("page=2", StringComparison.Ordinal) ? "page=2" : "page=1"));
        Assert.All(_requests, r => Assert.Null(r.Problem));
        Assert.Equal(["v3.10.0", "v3.9.1", "v3.9.0"], (await Store.ListAsync(ActivityBuilder.TeamId, default)).Select(r => r.Version));
        Assert.Null(await Outbox.GetAsync($"release|{ActivityBuilder.TeamId}|3.10", default));
        Assert.Equal(["B-2026-001"], (await Store.GetAsync(ActivityBuilder.TeamId, ReleaseVersion.TryParse("3.10.0")!, default))!.Decisions);

        // Within the interval nothing is asked; after it, the same list is asked with its ETag and GitHub says 304.
        await RunAsync();
        Assert.Equal(2, _requests.Count);
        _time.Advance(TimeSpan.FromMinutes(11));
        await RunAsync();
        Assert.Equal("\"list-4\"", _requests[2].IfNoneMatch);

        // A new release on GitHub: read within the interval, stored once and announced in the channel.
        _releases.Insert(0, Release("v3.11.0", "Mørk tilstand"));
        _time.Advance(TimeSpan.FromMinutes(11));
        await RunAsync();
        Assert.Equal("v3.11.0", (await Store.ListAsync(ActivityBuilder.TeamId, default))[0].Version);
        var post = await Outbox.GetAsync($"release|{ActivityBuilder.TeamId}|3.11", default);
        Assert.Contains("Version v3.11.0 af OS2mo er udgivet", post!.ActivityJson, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("os2/findes-ikke", "GitHub kender ikke repositoriet os2/findes-ikke", ReleaseFault.NotFound)]
    [InlineData("os2/hemmelig", "Bottens token har ikke adgang til os2/hemmelig (403)", ReleaseFault.NoAccess)]
    [InlineData("os2/travl", "GitHub beder botten vente", ReleaseFault.RateLimited)]
    public async Task A_refusal_is_told_to_the_coordinator_in_a_Danish_line_and_nothing_is_written(string repository, string line, ReleaseFault fault)
    {
        await SetRepositoryAsync(repository);
        var before = (await Store.ListAsync(ActivityBuilder.TeamId, default)).Count;

        await RunAsync();

        Assert.True(before == (await Store.ListAsync(ActivityBuilder.TeamId, default)).Count, string.Join(" ", _requests.Select(r => r.Path)));
        var sync = await Store.SyncAsync(ActivityBuilder.TeamId, default);
        Assert.Equal(fault, sync!.Problem);
        if (fault == ReleaseFault.RateLimited)
        {
            // The secondary rate limit's Retry-After is waited out, not the interval.
            Assert.Equal(_time.GetUtcNow().AddSeconds(120), sync.NextReadAt);
        }

        var card = BotHarness.Text((await _harness.SayAsync("versioner")).Cards().Single());
        Assert.Contains(line, card, StringComparison.Ordinal);
        Assert.DoesNotContain(line, BotHarness.Text((await _harness.SayAsync("versioner", "aad-ida", "Ida")).Cards().Single()), StringComparison.Ordinal);

        // Told once, not at every read.
        _time.Advance(TimeSpan.FromMinutes(11));
        await RunAsync();
        Assert.Equal(fault, sync.ToldProblem ?? (await Store.SyncAsync(ActivityBuilder.TeamId, default))!.ToldProblem);
    }

    private static JsonObject Release(string tag, string name, string body = "", bool draft = false) => new()
    {
        ["id"] = tag.GetHashCode(StringComparison.Ordinal), ["tag_name"] = tag, ["name"] = name, ["body"] = body, ["draft"] = draft,
        ["prerelease"] = false, ["created_at"] = "2026-12-01T10:00:00Z", ["published_at"] = draft ? null : "2026-12-01T10:00:00Z",
        ["html_url"] = $"https://github.com/os2/os2mo/releases/tag/{tag}",
    };

    private async Task StandInAsync(HttpContext context)
    {
        var request = context.Request;
        var problem = !request.Headers.Authorization.ToString().Equals("token secret-token", StringComparison.OrdinalIgnoreCase)
            && !request.Headers.Authorization.ToString().Equals("Bearer secret-token", StringComparison.Ordinal) ? "authorization"
            : string.IsNullOrWhiteSpace(request.Headers.UserAgent) ? "no User-Agent"
            : request.Method != "GET" ? "not a GET"
            : null;
        var ifNoneMatch = request.Headers.IfNoneMatch.Count > 0 ? request.Headers.IfNoneMatch.ToString() : null;
        lock (_requests)
        {
            _requests.Add((request.Path.Value ?? string.Empty, request.QueryString.Value ?? string.Empty, ifNoneMatch, problem));
        }

        switch (request.Path.Value)
        {
            case "/api/v3/repos/os2/findes-ikke/releases":
                context.Response.StatusCode = 404;
                await context.Response.WriteAsJsonAsync(new { message = "Not Found", documentation_url = "https://docs.github.com/rest" });
                return;
            case "/api/v3/repos/os2/hemmelig/releases":
                context.Response.StatusCode = 403;
                await context.Response.WriteAsJsonAsync(new { message = "Resource not accessible by personal access token" });
                return;
            case "/api/v3/repos/os2/travl/releases":
                context.Response.StatusCode = 403;
                context.Response.Headers.RetryAfter = "120";
                await context.Response.WriteAsJsonAsync(new { message = "You have exceeded a secondary rate limit." });
                return;
        }

        // Two a page here, so that the list has pages; the ETag names the list as it is.
        var etag = $"\"list-{_releases.Count}\"";
        var page = request.Query["page"].ToString() is { Length: > 0 } p ? int.Parse(p, CultureInfo.InvariantCulture) : 1;
        var etagOfPage = page == 1 ? etag : $"\"list-{_releases.Count}-{page}\"";
        if (ifNoneMatch == etagOfPage)
        {
            context.Response.StatusCode = 304;
            context.Response.Headers.ETag = etagOfPage;
            return;
        }

        var pages = (_releases.Count + 1) / 2;
        context.Response.Headers.ETag = etagOfPage;
        if (page < pages)
        {
            context.Response.Headers.Link = $"<{_github.Address}api/v3/repos/os2/os2mo/releases?per_page=100&page={page + 1}>; rel=\"next\", " +
                $"<{_github.Address}api/v3/repos/os2/os2mo/releases?per_page=100&page={pages}>; rel=\"last\"";
        }

        context.Response.StatusCode = 200;
        _answer = new JsonArray([.. _releases.Skip((page - 1) * 2).Take(2).Select(r => r.DeepClone())]).ToJsonString();
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(_answer);
    }
}
