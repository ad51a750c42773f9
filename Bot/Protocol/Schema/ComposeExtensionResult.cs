namespace CoordinatorBot.Bot.Protocol.Schema;

/// <summary>What a compose extension answers: results (type "result") or a text (type "message").</summary>
public sealed record ComposeExtensionResult(string Type)
{
    public const string ResultType = "result";
    public const string MessageType = "message";

    public string? AttachmentLayout { get; init; }
    public IReadOnlyList<ComposeExtensionAttachment>? Attachments { get; init; }
    public string? Text { get; init; }
}
