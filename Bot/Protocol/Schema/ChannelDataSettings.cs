namespace CoordinatorBot.Bot.Protocol.Schema;

public sealed record ChannelDataSettings(ChannelInfo? SelectedChannel);
