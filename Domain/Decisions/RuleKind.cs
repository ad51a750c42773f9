namespace CoordinatorBot.Domain.Decisions;

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
