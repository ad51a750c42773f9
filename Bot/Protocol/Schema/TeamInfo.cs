namespace CoordinatorBot.Bot.Protocol.Schema;

public sealed record TeamInfo(string? Id, string? Name = null, string? AadGroupId = null);
