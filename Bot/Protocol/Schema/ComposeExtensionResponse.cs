namespace CoordinatorBot.Bot.Protocol.Schema;

/// <summary>The body of the answer to a compose extension's invoke (query or queryLink): always HTTP 200.</summary>
public sealed record ComposeExtensionResponse(ComposeExtensionResult ComposeExtension)
{
    /// <summary>Results as a list, each with its preview; none is a valid answer too (Teams shows that nothing was found).</summary>
    public static ComposeExtensionResponse Results(IReadOnlyList<ComposeExtensionAttachment> attachments) =>
        new(new ComposeExtensionResult(ComposeExtensionResult.ResultType) { AttachmentLayout = "list", Attachments = attachments });

    /// <summary>A text Teams shows in place of results: how a message extension says that it cannot answer.</summary>
    public static ComposeExtensionResponse Message(string text) =>
        new(new ComposeExtensionResult(ComposeExtensionResult.MessageType) { Text = text });
}
