namespace CoordinatorBot.Domain.Decisions;

/// <summary>The kinds of decision in OS2's decision logs.</summary>
public enum DecisionType
{
    Architecture,
    Strategic,
    Operational,
}

/// <summary>The bodies that decide. Suppliers and the coordinator propose; these decide.</summary>
public enum DecidingBody
{
    SteeringGroup,
    CoordinationGroup,
}

/// <summary>Forslag → Accepteret | Afvist; later Erstattet by a newer decision.</summary>
public enum DecisionStatus
{
    Proposed,
    Accepted,
    Rejected,
    Superseded,
}

/// <summary>Godkend, Afvis, Undlad, Indsigelse.</summary>
public enum VoteChoice
{
    Approve,
    Reject,
    Abstain,
    Object,
}

/// <summary>How a body decides. OS2 prescribes none, so each body chooses (DOMAIN.md).</summary>
public enum RuleKind
{
    /// <summary>Votes inform; the proposer or coordinator records the outcome.</summary>
    ProposerRecords,

    /// <summary>More approvals than rejections and objections among the votes cast.</summary>
    SimpleMajority,

    /// <summary>Every member approves; abstaining does not block, a rejection or objection does.</summary>
    Unanimous,

    /// <summary>The first approval or rejection decides.</summary>
    FirstResponse,
}
