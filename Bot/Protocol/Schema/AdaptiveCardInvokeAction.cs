namespace CoordinatorBot.Bot.Protocol.Schema;

/// <summary>The Action.Execute that was pressed; <see cref="Data"/> is the card's data merged with its inputs.</summary>
public sealed record AdaptiveCardInvokeAction(string? Type, string? Id, string? Verb, JsonElement? Data);
