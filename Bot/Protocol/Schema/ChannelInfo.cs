namespace CoordinatorBot.Bot.Protocol.Schema;

public sealed record ChannelInfo(string? Id, string? Name = null);
