namespace CoordinatorBot.Domain.Decisions;

/// <summary>
/// Who may do what with decisions, in one place. Pure: the caller loads the actor's current <see cref="Member"/> row
/// (null for someone without roles, e.g. removed from the team) and the decision. Being the coordinator is holding
/// <see cref="Role.Coordinator"/> in that row.
/// </summary>
public static class DecisionAuthority
{
    /// <summary>The coordinator proposes to either body; a body's members to their own; suppliers go through them.</summary>
    public static DecisionPermission MayPropose(Member? actor, DecidingBody body) =>
        !HasRoles(actor) ? DecisionPermission.NotAMember
        : actor!.Holds(Role.Coordinator) || actor.Holds(body.Role()) ? DecisionPermission.Allowed
        : DecisionPermission.NotInBody;

    /// <summary>Whether the person may propose to some body (to offer the command at all).</summary>
    public static bool MayProposeAny(Member? actor) =>
        Enum.GetValues<DecidingBody>().Any(b => MayPropose(actor, b) == DecisionPermission.Allowed);

    /// <summary>A current member of the deciding body, while the decision is open. Being coordinator is not enough.</summary>
    public static DecisionPermission MayVote(Member? actor, Decision decision) =>
        !HasRoles(actor) ? DecisionPermission.NotAMember
        : !decision.IsOpen ? DecisionPermission.Closed
        : actor!.Holds(decision.Draft.Body.Role()) ? DecisionPermission.Allowed
        : DecisionPermission.NotInBody;

    /// <summary>
    /// Closing by hand: the coordinator always; the proposer only when the decision's rule says the proposer records
    /// the outcome (under any other rule the votes decide, and a proposer closing it would overrule them); never a
    /// closed decision.
    /// </summary>
    public static DecisionPermission MayClose(Member? actor, Decision decision)
    {
        if (!HasRoles(actor))
        {
            return DecisionPermission.NotAMember;
        }

        if (!decision.IsOpen)
        {
            return DecisionPermission.Closed;
        }

        if (actor!.Holds(Role.Coordinator))
        {
            return DecisionPermission.Allowed;
        }

        if (decision.ProposerId != actor.AadObjectId)
        {
            return DecisionPermission.NotCoordinatorOrProposer;
        }

        return decision.Draft.Rule.Kind == RuleKind.ProposerRecords
            ? DecisionPermission.Allowed
            : DecisionPermission.RuleDecidesNotProposer;
    }

    /// <summary>
    /// Vote comments are the body's deliberation: its current members and the proposer read them (on the card and in
    /// the history); nobody else, and never a public export.
    /// </summary>
    public static bool MayReadComments(Member? actor, Decision decision) =>
        HasRoles(actor) && (actor!.Holds(decision.Draft.Body.Role()) || decision.ProposerId == actor.AadObjectId);

    /// <summary>
    /// Whether a decision of <paramref name="newerBody"/> may replace <paramref name="older"/>: only an accepted
    /// decision, and only of the same body or, from the steering group, of the coordination group — never upward, as
    /// that would overturn the steering group without its vote.
    /// </summary>
    public static DecisionPermission MaySupersede(DecidingBody newerBody, Decision? older) =>
        older is null ? DecisionPermission.UnknownDecision
        : older.Status != DecisionStatus.Accepted ? DecisionPermission.NotAccepted
        : Rank(newerBody) < Rank(older.Draft.Body) ? DecisionPermission.Upward
        : DecisionPermission.Allowed;

    // The steering group sits above the coordination group (DOMAIN.md, "Bodies").
    private static int Rank(DecidingBody body) => body == DecidingBody.SteeringGroup ? 1 : 0;

    // A member row without roles is what is left when every role was taken away: no standing at all.
    private static bool HasRoles(Member? actor) => actor is { Roles.Count: > 0 };
}
