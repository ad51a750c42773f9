namespace CoordinatorBot.Cards.Composers;

// Part of CommandIds, kept in the feature's folder (see BacklogCommandIds).
/// <summary>The ids of the Releases feature's commands.</summary>
public static partial class CommandIds
{
    public const string Releases = "Releases";
    public const string ReleaseShow = "ReleaseShow";
    public const string ReleaseNew = "ReleaseNew";
}
