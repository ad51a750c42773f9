using System.Text.Json.Nodes;

namespace CoordinatorBot.Bot.Protocol.Schema;

/// <summary>One result: the card inserted when it is chosen (or shown for an unfolded link), and its preview in the list.</summary>
public sealed record ComposeExtensionAttachment(string ContentType, JsonNode? Content, Attachment Preview);
