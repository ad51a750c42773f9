namespace CoordinatorBot.Cards.Common;

/// <summary>Where help is asked for, which decides what it says around the commands.</summary>
public enum HelpPlace
{
    /// <summary>In a community: the person's roles.</summary>
    Community,

    /// <summary>In a personal chat of someone who holds roles somewhere: community commands belong in the team.</summary>
    Personal,

    /// <summary>In a personal chat of someone with no community yet: what the bot does and how to start.</summary>
    Newcomer,

    /// <summary>In a group chat, which is no community: where to add the bot instead.</summary>
    GroupChat,
}
