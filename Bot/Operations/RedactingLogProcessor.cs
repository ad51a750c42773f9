using OpenTelemetry;
using OpenTelemetry.Logs;

namespace CoordinatorBot.Bot.Operations;

/// <summary>
/// Before any exporter sees a log record: community ids, outbox keys (which name a person) and callers' addresses are
/// hashed, URLs redacted; the formatted message is not exported (only its template and these attributes).
/// </summary>
public sealed class RedactingLogProcessor : BaseProcessor<LogRecord>
{
    private static readonly HashSet<string> Hashed = new(StringComparer.OrdinalIgnoreCase) { "CommunityId", "Key", "Caller", "TeamId", "UserId", "ActorId" };
    private static readonly HashSet<string> Urls = new(StringComparer.OrdinalIgnoreCase) { "Uri", "Url", "ServiceUrl" };
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase) { "Name", "ActorName", "Text", "Title" };

    public override void OnEnd(LogRecord data)
    {
        data.FormattedMessage = null;
        if (data.Attributes is not { Count: > 0 } attributes)
        {
            return;
        }

        data.Attributes = [.. attributes.Where(a => !Dropped.Contains(a.Key)).Select(Redact)];
    }

    private static KeyValuePair<string, object?> Redact(KeyValuePair<string, object?> attribute) => attribute switch
    {
        { Value: null } => attribute,
        _ when Hashed.Contains(attribute.Key) => new(attribute.Key, TelemetryHash.Of(attribute.Value.ToString() ?? string.Empty)),
        _ when Urls.Contains(attribute.Key) => new(attribute.Key, UrlRedaction.Redact(attribute.Value.ToString() ?? string.Empty)),
        _ => attribute,
    };
}
