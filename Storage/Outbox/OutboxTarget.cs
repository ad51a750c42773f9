namespace CoordinatorBot.Storage.Outbox;

/// <summary>
/// Who a proactive message goes to: a conversation known already, or a person (their Teams id in the bot's tenant)
/// whose 1:1 conversation the sender opens first. The service URL was saved from an authenticated activity.
/// </summary>
/// <param name="FallbackChannel">For a person: the team's channel, where the message goes (in one post per
/// <paramref name="Round"/>, @mentioning them) when their 1:1 chat cannot be opened.</param>
/// <param name="Round">What the messages posted together in the channel have in common (the key without the person).</param>
/// <param name="PersonName">The name to @mention the person by in the channel.</param>
/// <param name="ChannelLanguage">The language of the community's channels ("da", "en"), for that post's own words.</param>
public sealed record OutboxTarget(string ServiceUrl, string TenantId, string BotId, string? ConversationId, string? UserId,
    string? FallbackChannel = null, string? Round = null, string? PersonName = null, string? ChannelLanguage = null);
