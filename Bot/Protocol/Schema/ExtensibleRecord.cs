using System.Text.Json.Serialization;

namespace CoordinatorBot.Bot.Protocol.Schema;

/// <summary>
/// A wire record that keeps the fields the bot does not model in <see cref="Extra"/>, so nothing a channel sends is
/// lost when it is read and written again.
/// </summary>
public abstract record ExtensibleRecord
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}
