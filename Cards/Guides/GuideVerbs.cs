namespace CoordinatorBot.Cards.Composers;

// Part of CardVerbs, kept in the feature's folder (see Cards/Backlog/BacklogVerbs.cs).
/// <summary>The verbs of guides and user cases and the data keys they carry.</summary>
public static partial class CardVerbs
{
    public const string GuideSave = "guide.save";
    public const string GuideShow = "guide.show";
    public const string GuideRevise = "guide.revise";
    public const string GuideApprove = "guide.approve";
    public const string GuideAskChanges = "guide.changes";
    public const string GuideDecline = "guide.decline";
    public const string GuideConsent = "guide.consent";

    /// <summary>The guide's or case's number in its community.</summary>
    public const string GuideKey = "guide";

    /// <summary>On the form: a guide or a case.</summary>
    public const string GuideKindKey = "guideKind";

    /// <summary>On the consent card: "true" to give consent, "false" to withdraw it.</summary>
    public const string GuideConsentKey = "consent";
}
