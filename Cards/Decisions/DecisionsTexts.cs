using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Cards.Localization;

/// <summary>The Decisions texts that choose their key: a type, status, vote, rule or close reason in words.</summary>
public sealed partial class Texts
{
    [TextPerValue("DecisionType")] public partial string TypeName(DecisionType type);

    [TextPerValue("DecisionStatus")] public partial string StatusName(DecisionStatus status);

    [TextPerValue("VoteChoice")] public partial string VoteName(VoteChoice choice);

    public string BodyName(DecidingBody body) => RoleName(body.Role());

    public string RuleName(DecisionRule rule)
    {
        var name = RuleKindName(rule.Kind);
        return rule.MinimumParticipationPercent > 0 ? RuleWithParticipation(name, rule.MinimumParticipationPercent) : name;
    }

    [TextPerValue] public partial string RuleKindName(RuleKind kind);

    /// <summary>Why a decision closed as it did, in words.</summary>
    public string ReasonText(Decision decision) =>
        decision.CloseReason == RuleReason.RecordedByHand ? RuleReasonRecordedByHand(decision.ClosedByName) : ReasonName(decision.CloseReason);

    [TextPerValue("RuleReason", NoTextFor = nameof(RuleReason.RecordedByHand))] public partial string ReasonName(RuleReason reason);

    /// <summary>The words that filter the decision log by a status, type or body's name (e.g. "Accepted").</summary>
    public IReadOnlyList<string> FilterWords(string name) => FilterText(name).Split('|');

    public string FilterText(string name) => name switch
    {
        "Proposed" => FilterWordsProposed, "Accepted" => FilterWordsAccepted, "Rejected" => FilterWordsRejected,
        "Superseded" => FilterWordsSuperseded, "Architecture" => FilterWordsArchitecture,
        "Strategic" => FilterWordsStrategic, "Operational" => FilterWordsOperational,
        "SteeringGroup" => FilterWordsSteeringGroup, "CoordinationGroup" => FilterWordsCoordinationGroup,
        "Minutes" => FilterWordsMinutes,
        _ => throw new KeyNotFoundException($"No text for {name}."),
    };
}
