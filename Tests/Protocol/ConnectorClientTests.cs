using Azure.Core;

namespace CoordinatorBot.Tests.Protocol;

/// <summary>The connector client against a local connector: paths, bodies, token, retries and the allow-list.</summary>
[Trait("Category", "Integration")]
public sealed class ConnectorClientTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;
    private ServiceProvider _services = null!;
    private ConnectorClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        var collection = new ServiceCollection();
        collection.AddSingleton(Options.Create(new ConnectorRetryOptions
        {
            MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(100),
            AttemptTimeout = TimeSpan.FromSeconds(2), TotalTimeout = TimeSpan.FromSeconds(4),
        }));
        collection.AddHttpClient(ConnectorClient.HttpClientName).AddConnectorResilience();
        _services = collection.BuildServiceProvider();
        _client = Client(allowLoopback: true);
    }

    private ConnectorClient Client(bool allowLoopback, params string[] hosts) =>
        new(_services.GetRequiredService<IHttpClientFactory>(),
            new ConnectorTokenSource(new StaticCredential("bot-token"), TimeProvider.System),
            new ServiceUrlAllowList(hosts.Length > 0 ? hosts : ServiceUrlAllowList.DefaultHosts, allowLoopback));

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Send_posts_the_activity_to_the_conversation_with_the_bots_token()
    {
        var id = await _client.SendAsync(_connector.ServiceUrl, "19:abc@thread.tacv2", Message("hej"), default);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/teams/v3/conversations/19%3Aabc%40thread.tacv2/activities", request.Path);
        Assert.Equal("Bearer bot-token", request.Authorization);
        Assert.Equal("hej", request.Text);
        Assert.Equal("message", request.Json!["type"]!.GetValue<string>());
        // Written whole and sent with its length, not in chunks.
        Assert.Equal(Encoding.UTF8.GetByteCount(request.Body), request.ContentLength);
        Assert.Equal("activity-1", id);
    }

    [Fact]
    public async Task Reply_update_and_delete_use_the_activity_paths()
    {
        await _client.ReplyAsync(_connector.ServiceUrl, "a:1", "act-1", Message("svar"), default);
        await _client.UpdateAsync(_connector.ServiceUrl, "a:1", "act-2", Message("ny"), default);
        await _client.DeleteAsync(_connector.ServiceUrl, "a:1", "act-3", default);

        var requests = _connector.Requests.ToArray();
        Assert.Equal(("POST", "/teams/v3/conversations/a%3A1/activities/act-1"), (requests[0].Method, requests[0].Path));
        Assert.Equal("act-1", requests[0].Json!["replyToId"]!.GetValue<string>());
        Assert.Equal(("PUT", "/teams/v3/conversations/a%3A1/activities/act-2"), (requests[1].Method, requests[1].Path));
        Assert.Equal("act-2", requests[1].Json!["id"]!.GetValue<string>());
        Assert.Equal(("DELETE", "/teams/v3/conversations/a%3A1/activities/act-3"), (requests[2].Method, requests[2].Path));
    }

    [Fact]
    public async Task Create_conversation_sends_bot_member_and_tenant_as_Teams_expects()
    {
        var created = await _client.CreatePersonalConversationAsync(_connector.ServiceUrl, "28:app", "29:user", "tenant-1", default);

        var body = Assert.Single(_connector.Requests).Json!;
        Assert.Equal("a:conversation-1", created.Id);
        Assert.Equal("28:app", body["bot"]!["id"]!.GetValue<string>());
        Assert.Equal("29:user", body["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("tenant-1", body["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        Assert.Equal("tenant-1", body["tenantId"]!.GetValue<string>());
        Assert.False(body["isGroup"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Paged_members_clamps_the_page_size_and_passes_the_continuation_token()
    {
        _connector.Roster.AddRange([("a", "A"), ("b", "B"), ("c", "C")]);

        var first = await _client.GetPagedMembersAsync(_connector.ServiceUrl, "19:t", 10, null, default);
        var second = await _client.GetPagedMembersAsync(_connector.ServiceUrl, "19:t", 900, first.ContinuationToken, default);

        var requests = _connector.Requests.ToArray();
        Assert.Equal("?pageSize=50", requests[0].Query);
        Assert.Equal("?pageSize=500&continuationToken=2", requests[1].Query);
        Assert.Equal(["a", "b"], first.Members!.Select(m => m.AadObjectId));
        Assert.Equal(["c"], second.Members!.Select(m => m.AadObjectId));
        Assert.Null(second.ContinuationToken);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task A_429_or_503_is_retried_after_its_Retry_After(int status)
    {
        _connector.Enqueue(status, retryAfter: TimeSpan.FromSeconds(1));

        await _client.SendAsync(_connector.ServiceUrl, "a:1", Message("x"), default);

        var requests = _connector.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromMilliseconds(950),
            $"The retry came after {(requests[1].At - requests[0].At).TotalMilliseconds} ms, before Retry-After.");
    }

    [Theory]
    [InlineData(503)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(504)]
    [InlineData(412)]
    public async Task A_passing_failure_is_retried_until_it_succeeds(int status)
    {
        _connector.Enqueue(status);
        _connector.Enqueue(status);

        var id = await _client.SendAsync(_connector.ServiceUrl, "a:1", Message("x"), default);

        Assert.Equal(3, _connector.Requests.Count);
        Assert.NotNull(id);
    }

    [Fact]
    public async Task Retries_are_bounded()
    {
        for (var i = 0; i < 10; i++)
        {
            _connector.Enqueue(503);
        }

        var error = await Assert.ThrowsAsync<ConnectorException>(() => _client.SendAsync(_connector.ServiceUrl, "a:1", Message("x"), default));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(4, _connector.Requests.Count);
    }

    [Fact]
    public async Task A_403_is_final_and_its_subcode_is_reported()
    {
        _connector.Enqueue(403, """{"error":{"code":"Forbidden","message":"blocked","innerHttpError":{"subCode":"MessageWritesBlocked"}}}""");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => _client.SendAsync(_connector.ServiceUrl, "a:1", Message("x"), default));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal("MessageWritesBlocked", error.SubCode);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task Outside_Development_no_request_and_no_token_go_to_a_loopback_attacker()
    {
        await using var attacker = await FakeConnector.StartAsync();
        var production = Client(allowLoopback: false);

        var error = await Assert.ThrowsAsync<ServiceUrlNotAllowedException>(() =>
            production.SendAsync(attacker.ServiceUrl, "a:1", Message("x"), default));

        Assert.Contains(attacker.ServiceUrl, error.Message, StringComparison.Ordinal);
        Assert.Empty(attacker.Requests);
    }

    [Theory]
    [InlineData("https://attacker.example.com/teams/")]
    [InlineData("https://evil.trafficmanager.net/teams/")]
    [InlineData("http://smba.trafficmanager.net/emea/")]
    [InlineData("not a url")]
    [InlineData("")]
    public async Task A_url_off_the_allow_list_throws_before_anything_is_sent(string serviceUrl)
    {
        await Assert.ThrowsAsync<ServiceUrlNotAllowedException>(() =>
            Client(allowLoopback: false).SendAsync(serviceUrl, "a:1", Message("x"), default));
        await Assert.ThrowsAsync<ServiceUrlNotAllowedException>(() =>
            Client(allowLoopback: false).GetPagedMembersAsync(serviceUrl, "19:t", 50, null, default));

        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task A_Retry_After_longer_than_the_limit_goes_back_to_the_caller()
    {
        _connector.Enqueue(429, retryAfter: TimeSpan.FromMinutes(5));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => _client.SendAsync(_connector.ServiceUrl, "a:1", Message("x"), default));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task A_connector_that_never_answers_is_given_up_after_the_total_timeout()
    {
        await using var silent = await LoopbackServer.StartAsync(app => app.Map("/{**path}", async (HttpContext context) =>
            await Task.Delay(Timeout.Infinite, context.RequestAborted)));
        var started = DateTimeOffset.UtcNow;

        var error = await Assert.ThrowsAsync<TaskCanceledException>(() => _client.SendAsync(silent.Address.ToString(), "a:1", Message("x"), default));

        var took = DateTimeOffset.UtcNow - started;
        Assert.True(took < TimeSpan.FromSeconds(10), $"The call took {took.TotalSeconds} s.");
        Assert.True(took >= TimeSpan.FromSeconds(3.5), $"The call gave up after {took.TotalSeconds} s, before the total timeout.");
        Assert.IsType<TimeoutException>(error.InnerException);
    }

    [Fact]
    public async Task An_empty_answer_to_a_send_is_accepted()
    {
        _connector.Enqueue(201, string.Empty);

        Assert.Null(await _client.SendAsync(_connector.ServiceUrl, "a:1", Message("x"), default));
    }

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    private sealed class StaticCredential(string token) : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(token, DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
