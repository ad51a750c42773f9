namespace CoordinatorBot.Bot.Conversation.Pipeline;

/// <summary>What an activity is to the router, read once from it.</summary>
public enum TurnKind
{
    /// <summary>Anything else: acknowledged and ignored.</summary>
    Other,

    /// <summary>An install, or people joining or leaving: the community's lifecycle.</summary>
    Lifecycle,

    /// <summary>A feature's own invoke (a search, a link to unfold).</summary>
    FeatureInvoke,

    /// <summary>Text written to the bot: a command, or an answer to an open dialog.</summary>
    Text,

    /// <summary>A card's Action.Submit, which arrives as a message whose value carries the verb.</summary>
    Submit,

    /// <summary>A card's Action.Execute, answered in the invoke's response.</summary>
    Execute,
}
