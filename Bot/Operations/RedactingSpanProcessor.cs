using OpenTelemetry;

namespace CoordinatorBot.Bot.Operations;

/// <summary>
/// Before any exporter sees a span: URLs (the HTTP client's and the Azure SDK's) lose the ids in their paths and their
/// queries; the bot's own spans carry no names or texts to begin with.
/// </summary>
public sealed class RedactingSpanProcessor : BaseProcessor<System.Diagnostics.Activity>
{
    private static readonly string[] UrlTags = ["url.full", "http.url", "url.path", "url.query", "http.target", "server.address.full"];

    public override void OnEnd(System.Diagnostics.Activity data)
    {
        foreach (var tag in UrlTags)
        {
            if (data.GetTagItem(tag) is string value)
            {
                data.SetTag(tag, tag is "url.query" ? null : tag is "url.path" or "http.target" ? PathOnly(value) : UrlRedaction.Redact(value));
            }
        }
    }

    private static string PathOnly(string path) =>
        UrlRedaction.Redact("http://path" + (path.StartsWith('/') ? path : "/" + path))["http://path".Length..];
}
