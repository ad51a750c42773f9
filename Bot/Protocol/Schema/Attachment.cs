using System.Text.Json.Nodes;

namespace CoordinatorBot.Bot.Protocol.Schema;

public sealed record Attachment(string ContentType, JsonNode? Content)
{
    public string? Name { get; init; }
}
