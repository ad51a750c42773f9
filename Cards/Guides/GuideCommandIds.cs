namespace CoordinatorBot.Cards.Composers;

// Part of CommandIds, kept in the feature's folder (see Cards/Backlog/BacklogCommandIds.cs).
/// <summary>The ids of the Guides feature's commands.</summary>
public static partial class CommandIds
{
    public const string GuideNew = "GuideNew";
    public const string CaseNew = "CaseNew";
    public const string Guides = "Guides";
    public const string Cases = "Cases";
    public const string CaseConsent = "CaseConsent";
}
