namespace CoordinatorBot.Bot.Protocol.Schema;

public static class InvokeNames
{
    public const string AdaptiveCardAction = "adaptiveCard/action";
}
