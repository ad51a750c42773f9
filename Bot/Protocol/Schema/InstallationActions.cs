namespace CoordinatorBot.Bot.Protocol.Schema;

public static class InstallationActions
{
    public const string Add = "add";
    public const string AddUpgrade = "add-upgrade";
    public const string Remove = "remove";
}
