namespace CoordinatorBot.Storage.Outbox;

/// <summary>
/// Who a proactive message goes to: a conversation known already, or a person (their Teams id in the bot's tenant)
/// whose 1:1 conversation the sender opens first. The service URL was saved from an authenticated activity.
/// </summary>
public sealed record OutboxTarget(string ServiceUrl, string TenantId, string BotId, string? ConversationId, string? UserId);
