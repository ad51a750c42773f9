using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CoordinatorBot.Bot.Operations;

/// <summary>
/// The bot's own metrics: turns and their duration, the outbox's backlog as the sender last saw it, and the answers
/// of the services the bot calls (by status code, and 429s on their own).
/// </summary>
public sealed class BotMetrics
{
    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _responses;
    private readonly Counter<long> _throttled;
    private long _outboxDue;
    private long _outboxOldestTicks;

    public BotMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(BotTelemetry.Name);
        _turns = meter.CreateCounter<long>("coordinatorbot.turns", "{turn}", "Activities handled, by activity type");
        _turnDuration = meter.CreateHistogram<double>("coordinatorbot.turn.duration", "s", "How long handling an activity took");
        _responses = meter.CreateCounter<long>("coordinatorbot.http.responses", "{response}",
            "Answers from the connector and the other services the bot calls, by client and status code");
        _throttled = meter.CreateCounter<long>("coordinatorbot.http.throttled", "{response}", "429 answers, by client");
        meter.CreateObservableGauge("coordinatorbot.outbox.due", () => Volatile.Read(ref _outboxDue), "{message}",
            "Messages the outbox sender's last pass found due (a full batch means at least this many)");
        meter.CreateObservableGauge("coordinatorbot.outbox.oldest_age",
            () => TimeSpan.FromTicks(Volatile.Read(ref _outboxOldestTicks)).TotalSeconds, "s",
            "How long the oldest message of the sender's last pass had been due");
    }

    public void TurnHandled(string activityType, string outcome, TimeSpan duration)
    {
        var tags = new TagList { { BotTelemetry.ActivityTypeTag, activityType }, { BotTelemetry.OutcomeTag, outcome } };
        _turns.Add(1, tags);
        _turnDuration.Record(duration.TotalSeconds, tags);
    }

    public void Responded(string client, int statusCode)
    {
        _responses.Add(1, new KeyValuePair<string, object?>("http.client.name", client),
            new KeyValuePair<string, object?>("http.response.status_code", statusCode));
        if (statusCode == 429)
        {
            _throttled.Add(1, new KeyValuePair<string, object?>("http.client.name", client));
        }
    }

    /// <summary>Fed by the outbox sender's own scan, so that the gauges cost no query of their own.</summary>
    public void OutboxScanned(int due, TimeSpan oldest)
    {
        Volatile.Write(ref _outboxDue, due);
        Volatile.Write(ref _outboxOldestTicks, Math.Max(0, oldest.Ticks));
    }
}
