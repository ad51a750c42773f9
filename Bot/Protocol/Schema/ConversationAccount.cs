namespace CoordinatorBot.Bot.Protocol.Schema;

public sealed record ConversationAccount(string? Id = null, string? Name = null, bool? IsGroup = null, string? ConversationType = null,
    string? TenantId = null) : ExtensibleRecord;
