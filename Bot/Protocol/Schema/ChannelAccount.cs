using System.Text.Json.Serialization;

namespace CoordinatorBot.Bot.Protocol.Schema;

/// <summary>A person or bot in a conversation. <see cref="AadObjectId"/> is the stable identity of a person.</summary>
public sealed record ChannelAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}
