namespace CoordinatorBot.Bot.Protocol.Schema;

/// <summary>The Bot Service channels the bot serves: Teams only.</summary>
public static class ChannelIds
{
    public const string MsTeams = "msteams";
}
