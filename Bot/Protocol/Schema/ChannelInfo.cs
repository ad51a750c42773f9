namespace CoordinatorBot.Bot.Protocol.Schema;

/// <summary>
/// The channel of a channel activity. <see cref="Type"/> is Teams' kind of channel ("standard", "shared", "private"),
/// sent on the events of shared and private channels (see <see cref="TeamsChannelTypes"/>).
/// </summary>
public sealed record ChannelInfo(string? Id, string? Name = null, string? Type = null);
