namespace CoordinatorBot.Bot.Protocol.Schema;

public sealed record ResourceResponse(string? Id);
