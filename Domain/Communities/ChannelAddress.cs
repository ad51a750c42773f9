namespace CoordinatorBot.Domain.Communities;

/// <summary>Enough to post into a conversation later without an incoming message (a proactive message).</summary>
/// <param name="ServiceUrl">The connector base address, taken only from an authenticated activity.</param>
/// <param name="ConversationId">The Teams conversation id (a channel, a group chat or a 1:1 chat).</param>
/// <param name="BotId">The bot's own account id in that conversation.</param>
public sealed record ChannelAddress(string ServiceUrl, string ConversationId, string BotId);
