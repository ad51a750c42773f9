namespace CoordinatorBot.Bot.Protocol.Schema;

public static class EntityTypes
{
    public const string Mention = "mention";
}
