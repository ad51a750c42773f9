using CoordinatorBot.Domain.Status;

namespace CoordinatorBot.Cards.Localization;

/// <summary>The Status texts that choose their key: marks, areas, and the governance report's levels and sections.</summary>
public sealed partial class Texts
{
    public string StatusMarkName(StatusMark mark) => mark switch
    {
        StatusMark.OnTrack => StatusMarkOnTrack, StatusMark.AtRisk => StatusMarkAtRisk,
        StatusMark.OffTrack => StatusMarkOffTrack,
        _ => throw new ArgumentOutOfRangeException(nameof(mark), mark, null),
    };

    public string StatusAreaName(StatusArea area) => area switch
    {
        StatusArea.Decisions => StatusAreaDecisions, StatusArea.Backlog => StatusAreaBacklog,
        StatusArea.Wishes => StatusAreaWishes, StatusArea.Onboarding => StatusAreaOnboarding,
        StatusArea.Meetings => StatusAreaMeetings, StatusArea.Work => StatusAreaWork,
        _ => throw new ArgumentOutOfRangeException(nameof(area), area, null),
    };

    public string GovernanceMarkName(GovernanceMark mark) => mark switch
    {
        GovernanceMark.NotAssessed => GovernanceMarkNotAssessed, GovernanceMark.Met => GovernanceMarkMet,
        GovernanceMark.NotMet => GovernanceMarkNotMet, GovernanceMark.NotRelevant => GovernanceMarkNotRelevant,
        GovernanceMark.Unclear => GovernanceMarkUnclear,
        _ => throw new ArgumentOutOfRangeException(nameof(mark), mark, null),
    };

    public string GovernanceLevelName(GovernanceLevel level) => level switch
    {
        GovernanceLevel.Sandbox => GovernanceLevelSandbox, GovernanceLevel.One => GovernanceLevelOne,
        GovernanceLevel.Two => GovernanceLevelTwo, GovernanceLevel.Three => GovernanceLevelThree,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public string GovernanceSectionName(GovernanceSection section) => section switch
    {
        GovernanceSection.Relevance => GovernanceSectionRelevance, GovernanceSection.Form => GovernanceSectionForm,
        GovernanceSection.Strategy => GovernanceSectionStrategy,
        GovernanceSection.Governance => GovernanceSectionGovernance,
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, null),
    };

    /// <summary>The evidence line of an item the bot can back: "GovernanceEvidenceG6" with the names and a count.</summary>
    public string GovernanceEvidence(string itemId, string names, int count) => itemId switch
    {
        "G1" => count > 0 ? GovernanceEvidenceG1 : GovernanceEvidenceG1NotCounted,
        "G2" => GovernanceEvidenceG2(names, count), "G3" => GovernanceEvidenceG3(names),
        "G6" => GovernanceEvidenceG6(names, count), "G7" => GovernanceEvidenceG7(names, count),
        "G10" => GovernanceEvidenceG10(names, count), "G14" => GovernanceEvidenceG14(names, count),
        _ => throw new KeyNotFoundException($"No text for {itemId}."),
    };
}
