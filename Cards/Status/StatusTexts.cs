using CoordinatorBot.Domain.Status;

namespace CoordinatorBot.Cards.Localization;

/// <summary>The Status texts that choose their key: marks, areas, and the governance report's levels and sections.</summary>
public sealed partial class Texts
{
    [TextPerValue] public partial string StatusMarkName(StatusMark mark);

    [TextPerValue] public partial string StatusAreaName(StatusArea area);

    [TextPerValue] public partial string GovernanceMarkName(GovernanceMark mark);

    [TextPerValue] public partial string GovernanceLevelName(GovernanceLevel level);

    [TextPerValue] public partial string GovernanceSectionName(GovernanceSection section);

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
