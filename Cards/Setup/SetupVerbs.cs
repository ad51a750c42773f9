namespace CoordinatorBot.Cards.Composers;

// Part of CardVerbs, kept in the feature's folder so that a feature adds its verbs here and no file is edited by
// every feature. The namespace stays CoordinatorBot.Cards.Composers, where every caller already finds CardVerbs.
/// <summary>The setup card's and the roles card's verbs.</summary>
public static partial class CardVerbs
{
    public const string SaveSetup = "setup.save";
    public const string AssignRole = "roles.assign";
    public const string RemoveRole = "roles.remove";
}
