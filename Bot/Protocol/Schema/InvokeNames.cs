namespace CoordinatorBot.Bot.Protocol.Schema;

public static class InvokeNames
{
    public const string AdaptiveCardAction = "adaptiveCard/action";

    /// <summary>A search-based message extension's query, sent as the person types in the compose box.</summary>
    public const string ComposeExtensionQuery = "composeExtension/query";

    /// <summary>A link of one of the manifest's messageHandlers domains, pasted into a conversation: unfold it.</summary>
    public const string ComposeExtensionQueryLink = "composeExtension/queryLink";
}
