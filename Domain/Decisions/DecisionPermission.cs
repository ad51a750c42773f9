namespace CoordinatorBot.Domain.Decisions;

/// <summary>Whether a person may act on a decision, and if not, why — so that the bot can refuse politely.</summary>
public enum DecisionPermission
{
    Allowed,

    /// <summary>The person holds no role in the community (never had one, or was removed).</summary>
    NotAMember,

    /// <summary>The person is not a member of the body concerned (and, to propose, not the coordinator).</summary>
    NotInBody,

    /// <summary>The decision is already closed.</summary>
    Closed,

    /// <summary>Closing by hand is for the coordinator and, under <see cref="RuleKind.ProposerRecords"/>, the proposer.</summary>
    NotCoordinatorOrProposer,

    /// <summary>The proposer may close by hand only when the rule is <see cref="RuleKind.ProposerRecords"/>.</summary>
    RuleDecidesNotProposer,

    /// <summary>The decision to replace does not exist.</summary>
    UnknownDecision,

    /// <summary>Only an accepted decision can be replaced.</summary>
    NotAccepted,

    /// <summary>A coordination group decision cannot replace a steering group decision.</summary>
    Upward,
}
