using Microsoft.Extensions.Logging.Abstractions;

namespace CoordinatorBot.Tests.Priorities;

/// <summary>The outbox sender against Azurite and a local connector.</summary>
[Trait("Category", "Integration")]
public sealed class OutboxSenderTests : IClassFixture<StorageFixture>, IAsyncLifetime
{
    private const string Activity = """{"type":"message","text":"God mandag!"}""";
    private readonly StorageFixture _storage;
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-11-30T07:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly OutboxStore _outbox;
    private FakeConnector _connector = null!;
    private ServiceProvider _services = null!;

    public OutboxSenderTests(StorageFixture storage)
    {
        _storage = storage;
        _outbox = new OutboxStore(storage.Tables);
    }

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        var collection = new ServiceCollection();
        collection.AddSingleton(Options.Create(new ConnectorRetryOptions { BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(20) }));
        collection.AddHttpClient(ConnectorClient.HttpClientName).AddConnectorResilience();
        _services = collection.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task A_message_is_queued_once_per_key_and_delivered_once()
    {
        var key = Key();
        Assert.True(await _outbox.EnqueueAsync(key, Target("a:1"), Activity, _time.GetUtcNow(), default));
        Assert.False(await _outbox.EnqueueAsync(key, Target("a:1"), Activity, _time.GetUtcNow(), default));

        await Sender().DeliverDueAsync(default);
        await Sender().DeliverDueAsync(default);

        var sent = Assert.Single(_connector.Sent("POST"));
        Assert.Equal("/teams/v3/conversations/a%3A1/activities", sent.Path);
        Assert.Equal("God mandag!", sent.Text);
        var row = await _outbox.GetAsync(key, default);
        Assert.Equal((nameof(OutboxStatus.Sent), 200), (row!.Status, row.LastStatusCode));
    }

    [Fact]
    public async Task A_persons_1to1_chat_is_opened_first_when_none_is_known()
    {
        var key = Key();
        await _outbox.EnqueueAsync(key, Target(null), Activity, _time.GetUtcNow(), default);

        await Sender().DeliverDueAsync(default);

        var requests = _connector.Requests.ToArray();
        Assert.Equal("/teams/v3/conversations", requests[0].Path);
        Assert.Equal("29:user", requests[0].Json!["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("/teams/v3/conversations/a%3Aconversation-1/activities", requests[1].Path);
    }

    [Fact]
    public async Task A_429_with_Retry_After_and_a_503_are_waited_out_and_the_message_delivered()
    {
        var key = Key();
        await _outbox.EnqueueAsync(key, Target("a:2"), Activity, _time.GetUtcNow(), default);
        _connector.Enqueue(429, retryAfter: TimeSpan.FromSeconds(1));
        _connector.Enqueue(503);

        await Sender().DeliverDueAsync(default);

        Assert.Equal(3, _connector.Sent("POST").Count);
        Assert.Equal(nameof(OutboxStatus.Sent), (await _outbox.GetAsync(key, default))!.Status);
    }

    [Fact]
    public async Task A_lasting_outage_is_tried_again_later_with_backoff()
    {
        var key = Key();
        await _outbox.EnqueueAsync(key, Target("a:3"), Activity, _time.GetUtcNow(), default);
        for (var i = 0; i < 4; i++)
        {
            _connector.Enqueue(503);
        }

        await Sender().DeliverDueAsync(default);
        var waiting = await _outbox.GetAsync(key, default);
        Assert.Equal((nameof(OutboxStatus.Pending), 503), (waiting!.Status, waiting.LastStatusCode));
        Assert.True(waiting.NotBefore > _time.GetUtcNow());

        await Sender().DeliverDueAsync(default);
        Assert.Equal(4, _connector.Sent("POST").Count);
        _time.Advance(TimeSpan.FromSeconds(10));
        await Sender().DeliverDueAsync(default);

        Assert.Equal(nameof(OutboxStatus.Sent), (await _outbox.GetAsync(key, default))!.Status);
    }

    [Fact]
    public async Task A_403_is_final_and_recorded_with_its_subcode()
    {
        var key = Key();
        await _outbox.EnqueueAsync(key, Target("a:4"), Activity, _time.GetUtcNow(), default);
        _connector.Enqueue(403, """{"error":{"code":"Forbidden","innerHttpError":{"subCode":"MessageWritesBlocked"}}}""");

        await Sender().DeliverDueAsync(default);
        _time.Advance(TimeSpan.FromHours(1));
        await Sender().DeliverDueAsync(default);

        var row = await _outbox.GetAsync(key, default);
        Assert.Equal((nameof(OutboxStatus.Failed), 403, "MessageWritesBlocked"), (row!.Status, row.LastStatusCode, row.LastSubCode));
        Assert.Single(_connector.Sent("POST"));
    }

    [Fact]
    public async Task After_a_crash_what_was_delivered_is_not_resent_and_what_was_claimed_is_delivered_once_its_claim_runs_out()
    {
        var delivered = Key();
        var claimedByTheDead = Key();
        await _outbox.EnqueueAsync(delivered, Target("a:5"), Activity, _time.GetUtcNow(), default);
        await Sender().DeliverDueAsync(default);
        await _outbox.EnqueueAsync(claimedByTheDead, Target("a:6"), Activity, _time.GetUtcNow(), default);
        var dead = await _outbox.ClaimAsync(_time.GetUtcNow(), TimeSpan.FromMinutes(2), 10, default);
        Assert.Contains(dead, r => r.Key == claimedByTheDead);

        await Sender().DeliverDueAsync(default);
        Assert.Single(_connector.Sent("POST"));
        _time.Advance(TimeSpan.FromMinutes(2));
        await Sender().DeliverDueAsync(default);

        Assert.Equal(["/teams/v3/conversations/a%3A5/activities", "/teams/v3/conversations/a%3A6/activities"], _connector.Sent("POST").Select(r => r.Path));
        Assert.Equal(nameof(OutboxStatus.Sent), (await _outbox.GetAsync(claimedByTheDead, default))!.Status);
    }

    private static string Key() => $"test|{Guid.NewGuid():N}";

    private OutboxTarget Target(string? conversationId) => new(_connector.ServiceUrl, "tenant", "28:bot", conversationId, "29:user");

    private OutboxSender Sender()
    {
        var options = Options.Create(new SchedulingOptions { SenderConcurrency = 4, MaxAttempts = 8 });
        var connector = new ConnectorClient(_services.GetRequiredService<IHttpClientFactory>(), new ConnectorTokenSource(null, TimeProvider.System),
            new ServiceUrlAllowList(ServiceUrlAllowList.DefaultHosts, allowLoopback: true));
        return new OutboxSender(_outbox, connector, new SendRateGate(options, TimeProvider.System), options, _time,
            NullLogger<OutboxSender>.Instance, new StorageOutage(_time, NullLogger<StorageOutage>.Instance));
    }
}
