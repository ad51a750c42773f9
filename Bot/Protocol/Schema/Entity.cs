using System.Text.Json.Serialization;

namespace CoordinatorBot.Bot.Protocol.Schema;

/// <summary>An entity of an activity: a mention (with <see cref="Mentioned"/> and <see cref="Text"/>), clientInfo, ...</summary>
public sealed record Entity
{
    public string? Type { get; init; }
    public ChannelAccount? Mentioned { get; init; }
    public string? Text { get; init; }
    public string? Locale { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}
