namespace CoordinatorBot.Bot.Conversation.Pipeline;

/// <summary>The rest of the router's pipeline after a step.</summary>
public delegate Task TurnDelegate(TurnContext context);
