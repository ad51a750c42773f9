namespace CoordinatorBot.Bot.Protocol.Schema;

/// <summary>The value of a composeExtension/queryLink invoke: the link that was pasted.</summary>
public sealed record AppBasedLinkQuery(string? Url)
{
    public static AppBasedLinkQuery? From(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String
            ? new AppBasedLinkQuery(url.GetString())
            : null;
}
