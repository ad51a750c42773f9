namespace CoordinatorBot.Bot.Protocol.Schema;

/// <summary>Teams' kinds of channel, as <c>channelData.channel.type</c> names them.</summary>
public static class TeamsChannelTypes
{
    public const string Standard = "standard";
    public const string Shared = "shared";
    public const string Private = "private";
}
