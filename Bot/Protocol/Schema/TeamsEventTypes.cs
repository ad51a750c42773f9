namespace CoordinatorBot.Bot.Protocol.Schema;

/// <summary>The <c>channelData.eventType</c> of the conversationUpdate events the bot follows.</summary>
public static class TeamsEventTypes
{
    public const string TeamRenamed = "teamRenamed";
    public const string TeamDeleted = "teamDeleted";
    public const string ChannelRenamed = "channelRenamed";
    public const string ChannelDeleted = "channelDeleted";
    public const string ChannelRestored = "channelRestored";
    public const string ChannelShared = "channelShared";
    public const string ChannelUnshared = "channelUnshared";
    public const string ChannelMemberAdded = "channelMemberAdded";
    public const string ChannelMemberRemoved = "channelMemberRemoved";
}
