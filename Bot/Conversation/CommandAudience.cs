using CoordinatorBot.Domain.Communities;

namespace CoordinatorBot.Bot.Conversation;

/// <summary>Who is asking for help, and where: enough to decide which commands to offer them.</summary>
public sealed record CommandAudience(bool InCommunity, Member? Actor, bool CommunityHasCoordinator);
