namespace CoordinatorBot.Tests.Support;

/// <summary>
/// A Bot Connector on loopback, as Teams' documents describe it: records every request, answers sends with an id,
/// lists a roster page by page, and answers with whatever failures a test queues (429 with Retry-After, 503, 403).
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<CannedResponse> _canned = new();
    private readonly ConcurrentDictionary<object, string> _answeredIds = new(ReferenceEqualityComparer.Instance);
    private int _next;
    private LoopbackServer? _server;
    private volatile HeldMethod? _hold;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>The roster that pagedmembers lists, two people a page.</summary>
    public List<(string AadObjectId, string Name)> Roster { get; } = [];

    /// <summary>Teams' <c>userRole</c> ("owner", "user", "guest") for people on the roster; others are listed without one.</summary>
    public ConcurrentDictionary<string, string> UserRoles { get; } = new(StringComparer.Ordinal);

    /// <summary>People (Teams user ids) with whom Teams refuses to open a 1:1 chat, and with which status (another tenant: 403).</summary>
    public ConcurrentDictionary<string, int> RefusedChats { get; } = new(StringComparer.Ordinal);

    /// <summary>The e-mail address the roster gives for people on it; others are listed without one.</summary>
    public ConcurrentDictionary<string, string> Emails { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Shared and private channels' own rosters, by the channel's id, as GET v3/conversations/{channel}/members answers
    /// them: each member with their tenant and membership sources (direct in the channel, or transitive through a team).
    /// </summary>
    public ConcurrentDictionary<string, IReadOnlyList<ChannelMember>> ChannelRosters { get; } = new(StringComparer.Ordinal);

    public string ServiceUrl => _server!.Address.ToString().TrimEnd('/') + "/teams/";

    public static async Task<FakeConnector> StartAsync()
    {
        var connector = new FakeConnector();
        connector._server = await LoopbackServer.StartAsync(app => app.Map("/{**path}", connector.HandleAsync));
        return connector;
    }

    /// <summary>The next request gets this answer instead of the normal one.</summary>
    public void Enqueue(int status, string? body = null, TimeSpan? retryAfter = null) =>
        _canned.Enqueue(new CannedResponse(status, body, retryAfter));

    /// <summary>From now on, requests with this method are recorded but not answered until <see cref="Release"/>: a slow Teams.</summary>
    public void Hold(string method) => _hold = new HeldMethod(method, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    /// <summary>Answers the held requests and stops holding.</summary>
    public void Release()
    {
        var hold = _hold;
        _hold = null;
        hold?.Released.TrySetResult();
    }

    public IReadOnlyList<RecordedRequest> Sent(string method) => [.. Requests.Where(r => r.Method == method)];

    /// <summary>The id this connector gave the message a request sent, as Teams answers a send; null for other requests.</summary>
    public string? AnsweredId(RecordedRequest request) => _answeredIds.GetValueOrDefault(request);

    /// <summary>The cards in the activities posted so far (sends and replies, not updates).</summary>
    public IReadOnlyList<JsonNode> PostedCards() =>
        [.. Sent("POST").Where(r => r.Path.Contains("/activities", StringComparison.Ordinal)).SelectMany(r => r.Cards())];

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        // The raw target shows the path exactly as sent, escapes and all.
        var request = await RecordedRequest.ReadAsync(context, context.Features.Get<IHttpRequestFeature>()!.RawTarget.Split('?')[0]);
        Requests.Enqueue(request);
        if (_hold is { } hold && hold.Method == request.Method)
        {
            await hold.Released.Task.WaitAsync(context.RequestAborted);
        }

        if (_canned.TryDequeue(out var canned))
        {
            context.Response.StatusCode = canned.Status;
            if (canned.RetryAfter is { } wait)
            {
                context.Response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            await context.Response.WriteAsync(canned.Body ?? string.Empty);
            return;
        }

        if (request.Method == "POST" && request.Path.EndsWith("/v3/conversations", StringComparison.Ordinal) &&
            RefusedChats.FirstOrDefault(r => request.Body.Contains($"\"{r.Key}\"", StringComparison.Ordinal)) is { Key: not null } refused)
        {
            context.Response.StatusCode = refused.Value;
            await context.Response.WriteAsJsonAsync(new JsonObject { ["error"] = new JsonObject { ["code"] = "Forbidden" } });
            return;
        }

        if (request.Method == "GET" && request.Path.EndsWith("/members", StringComparison.Ordinal) &&
            ChannelRosters.TryGetValue(ConversationOf(request.Path, "/members"), out var channelRoster))
        {
            await context.Response.WriteAsJsonAsync(ChannelRosterJson(ConversationOf(request.Path, "/members"), channelRoster));
            return;
        }

        if (request.Path.EndsWith("/pagedmembers", StringComparison.Ordinal))
        {
            await WriteRosterPageAsync(context);
            return;
        }

        var id = Interlocked.Increment(ref _next);
        var response = request.Method == "POST" && request.Path.EndsWith("/v3/conversations", StringComparison.Ordinal)
            ? new JsonObject { ["id"] = $"a:conversation-{id}" }
            : new JsonObject { ["id"] = $"activity-{id}" };
        _answeredIds[request] = response["id"]!.GetValue<string>();
        await context.Response.WriteAsJsonAsync(response);
    }

    private static string ConversationOf(string path, string suffix)
    {
        const string prefix = "/v3/conversations/";
        var start = path.IndexOf(prefix, StringComparison.Ordinal) + prefix.Length;
        return Uri.UnescapeDataString(path[start..^suffix.Length]);
    }

    // The shape of microsoft/Agents#179 (and teams.net#100): a TeamsChannelAccount with tenantId and membershipSources,
    // each source a channel (direct) or a team (transitive) with its id, the team's group id and the member's tenant.
    private JsonArray ChannelRosterJson(string channelId, IReadOnlyList<ChannelMember> members) =>
        new([.. members.Select(m => (JsonNode)new JsonObject
        {
            ["id"] = $"29:{m.AadObjectId}",
            ["name"] = m.Name,
            ["aadObjectId"] = m.AadObjectId,
            ["tenantId"] = m.TenantId,
            ["userRole"] = UserRoles.TryGetValue(m.AadObjectId, out var role) ? role : "user",
            ["email"] = Emails.TryGetValue(m.AadObjectId, out var email) ? email : null,
            ["membershipSources"] = new JsonArray([
                .. m.Direct
                    ? new[] { (JsonNode)new JsonObject { ["sourceType"] = "channel", ["id"] = channelId, ["membershipType"] = "direct", ["tenantId"] = m.TenantId } }
                    : [],
                .. m.ThroughTeams.Select(team => (JsonNode)new JsonObject
                {
                    ["sourceType"] = "team", ["id"] = team, ["membershipType"] = "transitive",
                    ["teamGroupId"] = $"group-of-{team}", ["tenantId"] = m.TenantId,
                }),
            ]),
        })]);

    private async Task WriteRosterPageAsync(HttpContext context)
    {
        var start = int.TryParse(context.Request.Query["continuationToken"], out var token) ? token : 0;
        var page = Roster.Skip(start).Take(2).Select(p => new JsonObject
        {
            ["id"] = $"29:{p.AadObjectId}",
            ["name"] = p.Name,
            ["aadObjectId"] = p.AadObjectId,
            ["userRole"] = UserRoles.TryGetValue(p.AadObjectId, out var role) ? role : null,
            ["email"] = Emails.TryGetValue(p.AadObjectId, out var email) ? email : null,
        });
        var result = new JsonObject { ["members"] = new JsonArray([.. page]) };
        if (start + 2 < Roster.Count)
        {
            result["continuationToken"] = (start + 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await context.Response.WriteAsJsonAsync(result);
    }

    private sealed record CannedResponse(int Status, string? Body, TimeSpan? RetryAfter);

    private sealed record HeldMethod(string Method, TaskCompletionSource Released);
}

public sealed record RecordedRequest(string Method, string Path, string Query, string Authorization, string Body, DateTimeOffset At, long? ContentLength = null)
{
    /// <summary>A request to a stand-in as it arrived, under <paramref name="path"/> as the stand-in reads paths.</summary>
    public static async Task<RecordedRequest> ReadAsync(HttpContext context, string path)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        return new RecordedRequest(context.Request.Method, path, context.Request.QueryString.Value ?? string.Empty,
            context.Request.Headers.Authorization.ToString(), body, DateTimeOffset.UtcNow, context.Request.ContentLength);
    }

    public JsonNode? Json => string.IsNullOrEmpty(Body) ? null : JsonNode.Parse(Body);

    public IEnumerable<JsonNode> Cards() =>
        Json?["attachments"]?.AsArray().Select(a => a?["content"]).OfType<JsonNode>() ?? [];

    public string? Text => Json?["text"]?.GetValue<string>();
}
