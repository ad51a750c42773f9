using System.Diagnostics.Metrics;

namespace CoordinatorBot.Tests.Operations;

/// <summary>The bot's own metrics as a MeterListener sees them: turns, the connector's answers and 429s, the outbox's backlog.</summary>
[Trait("Category", "Integration")]
public sealed class MetricsTests() : BotFeatureTests(hostedScheduler: false)
{
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measured = new();
    private MeterListener _listener = null!;

    protected override async Task SetUpAsync()
    {
        // This bot's meter only: the factory hands out the one it created; other tests' bots have their own.
        var meter = Service<IMeterFactory>().Create(BotTelemetry.Name);
        _listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter == meter)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    public override async Task DisposeAsync()
    {
        _listener.Dispose();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task A_turn_is_counted_by_type_and_a_429_from_the_connector_is_counted_with_the_answer_after_it()
    {
        await Harness.PostAsync(ActivityBuilder.TeamInstall(Harness.ServiceUrl));
        Connector.Enqueue(429, retryAfter: TimeSpan.Zero);

        var response = await Harness.PostAsync(ActivityBuilder.ChannelMessage(Harness.ServiceUrl, "hjælp"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(_measured, m => m.Instrument == "coordinatorbot.turns" && m.Tags[BotTelemetry.ActivityTypeTag] as string == "message");
        Assert.Contains(_measured, m => m.Instrument == "coordinatorbot.turn.duration" && m.Value >= 0);
        Assert.Single(_measured, m => m.Instrument == "coordinatorbot.http.throttled" && m.Tags["http.client.name"] as string == "bot-connector");
        Assert.Contains(_measured, m => m.Instrument == "coordinatorbot.http.responses" && m.Tags["http.response.status_code"] is 429);
        Assert.Contains(_measured, m => m.Instrument == "coordinatorbot.http.responses" && m.Tags["http.response.status_code"] is 200);
    }

    [Fact]
    public async Task The_outbox_gauges_show_what_the_senders_last_pass_found_due_and_how_long_it_waited()
    {
        var outbox = Service<OutboxStore>();
        var now = TimeProvider.System.GetUtcNow();
        for (var i = 0; i < 3; i++)
        {
            await outbox.EnqueueAsync($"metrics|{i}", new OutboxTarget(Harness.ServiceUrl, ActivityBuilder.TenantId, ActivityBuilder.BotId, $"a:{i}", null),
                """{"type":"message","text":"Hej"}""", now.AddMinutes(-5), default);
        }

        await Service<OutboxSender>().DeliverDueAsync(default);
        _listener.RecordObservableInstruments();

        Assert.Equal(3, _measured.Last(m => m.Instrument == "coordinatorbot.outbox.due").Value);
        Assert.InRange(_measured.Last(m => m.Instrument == "coordinatorbot.outbox.oldest_age").Value, 5 * 60, 10 * 60);

        await Service<OutboxSender>().DeliverDueAsync(default);
        _listener.RecordObservableInstruments();

        Assert.Equal(0, _measured.Last(m => m.Instrument == "coordinatorbot.outbox.due").Value);
    }

    private void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct =>
        _measured.Enqueue((instrument.Name, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture),
            tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));
}
