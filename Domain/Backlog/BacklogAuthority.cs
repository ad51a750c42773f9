using CoordinatorBot.Domain.Onboarding;

namespace CoordinatorBot.Domain.Backlog;

/// <summary>
/// Who may do what with wishes and backlog items. A municipality speaks only for itself; the coordinator may record
/// a municipality's support on its behalf; the coordination group (its members and the coordinator) triages and
/// prioritises within its mandate; only the named supplier's people move an item's status and estimate.
/// </summary>
public static class BacklogAuthority
{
    /// <summary>Any member of the community (someone who holds a role); a guest or a removed member is not.</summary>
    public static BacklogPermission MayRaise(Member? actor) =>
        actor is { Roles.Count: > 0 } ? BacklogPermission.Allowed : BacklogPermission.NotAMember;

    /// <summary>
    /// Support for <paramref name="municipality"/>: a person with that municipality's role, or the coordinator on
    /// its behalf.
    /// </summary>
    public static BacklogPermission MaySupport(Member? actor, string municipality)
    {
        if (actor is not { Roles.Count: > 0 })
        {
            return BacklogPermission.NotAMember;
        }

        if (actor.Holds(Role.Municipality) && OnboardingAuthority.SameMunicipality(actor.Municipality, municipality))
        {
            return BacklogPermission.Allowed;
        }

        if (actor.Holds(Role.Coordinator))
        {
            return BacklogPermission.Allowed;
        }

        return actor.Holds(Role.Municipality) ? BacklogPermission.OtherMunicipality : BacklogPermission.NoMunicipality;
    }

    /// <summary>Whether the support is recorded on the municipality's behalf (by the coordinator, not its own people).</summary>
    public static bool IsOnBehalf(Member actor, string municipality) =>
        !(actor.Holds(Role.Municipality) && OnboardingAuthority.SameMunicipality(actor.Municipality, municipality));

    /// <summary>Accept or decline a wish, prioritise within the mandate, send to the steering group: the coordination group.</summary>
    public static BacklogPermission MayTriage(Member? actor) =>
        actor is null || actor.Roles.Count == 0 ? BacklogPermission.NotAMember
        : actor.Holds(Role.Coordinator) || actor.Holds(Role.CoordinationGroup) ? BacklogPermission.Allowed
        : BacklogPermission.NotInCoordinationGroup;

    /// <summary>Merging two wishes: the coordinator.</summary>
    public static BacklogPermission MayMerge(Member? actor) =>
        actor is null || actor.Roles.Count == 0 ? BacklogPermission.NotAMember
        : actor.Holds(Role.Coordinator) ? BacklogPermission.Allowed
        : BacklogPermission.NotCoordinator;

    /// <summary>Moving the status or changing the estimate: a person with the supplier role of the item's supplier.</summary>
    public static BacklogPermission MayMove(Member? actor, BacklogItem item) =>
        actor is null || actor.Roles.Count == 0 ? BacklogPermission.NotAMember
        : !actor.Holds(Role.Supplier) ? BacklogPermission.NotSupplier
        : OnboardingAuthority.SameSupplier(actor.Supplier, item.Supplier) ? BacklogPermission.Allowed
        : BacklogPermission.OtherSupplier;

    /// <summary>Prioritising a new item: the coordination group, and only within its mandate.</summary>
    public static BacklogPermission MayPrioritise(Member? actor, bool beyondMandate) =>
        MayTriage(actor) is var triage and not BacklogPermission.Allowed ? triage
        : beyondMandate ? BacklogPermission.BeyondMandate
        : BacklogPermission.Allowed;
}
