namespace CoordinatorBot.Bot.Protocol.Schema;

/// <summary>The value of an adaptiveCard/action invoke.</summary>
public sealed record AdaptiveCardInvokeValue(AdaptiveCardInvokeAction? Action, string? Trigger);
