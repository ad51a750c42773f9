namespace CoordinatorBot.Cards.Composers;

// Part of CardVerbs, kept in the feature's folder so that a feature adds its verbs here and no file is edited by
// every feature. The namespace stays CoordinatorBot.Cards.Composers, where every caller already finds CardVerbs.
/// <summary>The verbs of status and governance reports, and the data keys they carry.</summary>
public static partial class CardVerbs
{
    public const string StatusSave = "status.save";
    public const string StatusPublish = "status.publish";

    /// <summary>Keeps the draft's mark and shows the report as it will be posted, with the button that posts it.</summary>
    public const string StatusPreview = "status.preview";
    public const string GovernanceSave = "governance.save";
    public const string GovernanceConfirm = "governance.confirm";
    public const string GovernanceSection = "governance.section";
    public const string SectionKey = "section";
}
