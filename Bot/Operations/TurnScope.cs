using System.Diagnostics;

namespace CoordinatorBot.Bot.Operations;

/// <summary>One turn being handled: ends its span and records its duration when disposed.</summary>
public sealed class TurnScope(System.Diagnostics.Activity? span, string activityType, BotMetrics metrics, TimeProvider time) : IDisposable
{
    private readonly long _started = time.GetTimestamp();
    private string _outcome = "handled";

    public void Failed()
    {
        _outcome = "failed";
        span?.SetStatus(ActivityStatusCode.Error);
    }

    /// <summary>Table Storage did not answer: a passing outage, counted apart from the bot's own failures.</summary>
    public void StorageUnavailable()
    {
        _outcome = "storage-unavailable";
        span?.SetStatus(ActivityStatusCode.Error);
    }

    public void Dispose()
    {
        if (span is { IsAllDataRequested: true })
        {
            span.SetTag(BotTelemetry.OutcomeTag, _outcome);
        }

        span?.Dispose();
        metrics.TurnHandled(activityType, _outcome, time.GetElapsedTime(_started));
    }
}
