namespace CoordinatorBot.Bot.Protocol.Schema;

public sealed record TenantInfo(string? Id);
