namespace CoordinatorBot.Bot.Conversation;

/// <summary>Who is asking for help, and where: enough to decide which commands to offer them.</summary>
/// <param name="InPersonalChat">In the person's 1:1 chat with the bot, where what only they may read can be answered.</param>
public sealed record CommandAudience(bool InCommunity, Member? Actor, bool CommunityHasCoordinator, bool InPersonalChat = false);
