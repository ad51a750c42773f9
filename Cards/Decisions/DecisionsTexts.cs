using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Cards.Localization;

/// <summary>The Decisions texts that choose their key: a type, status, vote, rule or close reason in words.</summary>
public sealed partial class Texts
{
    public string TypeName(DecisionType type) => type switch
    {
        DecisionType.Architecture => DecisionTypeArchitecture, DecisionType.Strategic => DecisionTypeStrategic,
        DecisionType.Operational => DecisionTypeOperational, DecisionType.Minutes => DecisionTypeMinutes,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public string StatusName(DecisionStatus status) => status switch
    {
        DecisionStatus.Proposed => DecisionStatusProposed, DecisionStatus.Accepted => DecisionStatusAccepted,
        DecisionStatus.Rejected => DecisionStatusRejected, DecisionStatus.Superseded => DecisionStatusSuperseded,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public string VoteName(VoteChoice choice) => choice switch
    {
        VoteChoice.Approve => VoteChoiceApprove, VoteChoice.Reject => VoteChoiceReject,
        VoteChoice.Abstain => VoteChoiceAbstain, VoteChoice.Object => VoteChoiceObject,
        _ => throw new ArgumentOutOfRangeException(nameof(choice), choice, null),
    };

    public string BodyName(DecidingBody body) => RoleName(body.Role());

    public string RuleName(DecisionRule rule)
    {
        var name = RuleKindName(rule.Kind);
        return rule.MinimumParticipationPercent > 0 ? RuleWithParticipation(name, rule.MinimumParticipationPercent) : name;
    }

    public string RuleKindName(RuleKind kind) => kind switch
    {
        RuleKind.ProposerRecords => RuleKindProposerRecords, RuleKind.SimpleMajority => RuleKindSimpleMajority,
        RuleKind.Unanimous => RuleKindUnanimous, RuleKind.FirstResponse => RuleKindFirstResponse,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Why a decision closed as it did, in words.</summary>
    public string ReasonText(Decision decision) =>
        decision.CloseReason == RuleReason.RecordedByHand ? RuleReasonRecordedByHand(decision.ClosedByName) : ReasonName(decision.CloseReason);

    public string ReasonName(RuleReason reason) => reason switch
    {
        RuleReason.None => RuleReasonNone, RuleReason.Majority => RuleReasonMajority,
        RuleReason.NoMajority => RuleReasonNoMajority, RuleReason.AllApproved => RuleReasonAllApproved,
        RuleReason.Blocked => RuleReasonBlocked, RuleReason.FirstResponse => RuleReasonFirstResponse,
        RuleReason.TooFewVotes => RuleReasonTooFewVotes, RuleReason.NoVotes => RuleReasonNoVotes,
        RuleReason.NotEveryoneApproved => RuleReasonNotEveryoneApproved,
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

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
