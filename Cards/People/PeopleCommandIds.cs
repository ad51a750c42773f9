namespace CoordinatorBot.Cards.Composers;

// Part of CommandIds, kept in the feature's folder so that a feature adds its command ids here and no file is edited by
// every feature. The namespace stays CoordinatorBot.Cards.Composers, where every caller already finds CommandIds.
/// <summary>The ids of the People feature's commands.</summary>
public static partial class CommandIds
{
    public const string Community = "Community";
    public const string MyData = "MyData";
    public const string DeleteMyData = "DeleteMyData";
    public const string DeleteFormerMemberData = "DeleteFormerMemberData";
}
