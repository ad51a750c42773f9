using System.Diagnostics;
namespace CoordinatorBot.Bot.Operations;

/// <summary>A turn's span and metrics: begun by the endpoint, tagged with the command or verb by the router.</summary>
public sealed class TurnTelemetry(BotMetrics metrics, TimeProvider time)
{
    /// <param name="activityType">The activity's type (message, invoke, …).</param>
    /// <param name="teamId">The team the activity came from, if any: the span carries only its hash.</param>
    public TurnScope Begin(string? activityType, string? teamId)
    {
        var type = activityType ?? "unknown";
        var span = BotTelemetry.Source.StartActivity($"turn {type}", ActivityKind.Internal);
        // A span the sampler dropped is kept only for its trace's context: nothing to tag (and no team to hash).
        if (span is { IsAllDataRequested: true })
        {
            span.SetTag(BotTelemetry.ActivityTypeTag, type);
            if (teamId is not null)
            {
                span.SetTag(BotTelemetry.CommunityTag, TelemetryHash.Of(teamId));
            }
        }

        return new TurnScope(span, type, metrics, time);
    }

    /// <summary>Names the command a message ran (its id, never the text typed).</summary>
    public static void TagCommand(string commandId) => TagRecorded(BotTelemetry.CommandTag, commandId);

    /// <summary>Names the card action's verb.</summary>
    public static void TagCardVerb(string verb) => TagRecorded(BotTelemetry.CardVerbTag, verb);

    private static void TagRecorded(string key, string value)
    {
        if (System.Diagnostics.Activity.Current is { IsAllDataRequested: true } span)
        {
            span.SetTag(key, value);
        }
    }
}
