namespace CoordinatorBot.Bot.Protocol.Schema;

public static class ActivityTypes
{
    public const string Message = "message";
    public const string Invoke = "invoke";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string MessageUpdate = "messageUpdate";
    public const string MessageReaction = "messageReaction";
}

public static class InvokeNames
{
    public const string AdaptiveCardAction = "adaptiveCard/action";
}

public static class ConversationTypes
{
    public const string Personal = "personal";
    public const string GroupChat = "groupChat";
    public const string Channel = "channel";
}

public static class EntityTypes
{
    public const string Mention = "mention";
}

public static class InstallationActions
{
    public const string Add = "add";
    public const string AddUpgrade = "add-upgrade";
    public const string Remove = "remove";
}
