namespace CoordinatorBot.Cards.Composers;

// Part of CardVerbs, kept in the feature's folder (see BacklogVerbs).
/// <summary>The verbs of releases, and the data keys they carry.</summary>
public static partial class CardVerbs
{
    public const string ReleaseSave = "release.save";
    public const string ReleaseMark = "release.mark";
    public const string ReleaseShow = "release.show";
    public const string ReleaseKey = "release";
}
