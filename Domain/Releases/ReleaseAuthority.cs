using CoordinatorBot.Domain.Backlog;
using CoordinatorBot.Domain.Onboarding;

namespace CoordinatorBot.Domain.Releases;

/// <summary>
/// Who may do what with releases: the coordinator enters one; only the item's own supplier marks a delivered item as
/// delivered in a release (the same people who move the item, <see cref="BacklogAuthority.MayMove"/>).
/// </summary>
public static class ReleaseAuthority
{
    public static ReleasePermission MayEnter(Member? actor) =>
        actor is null || actor.Roles.Count == 0 ? ReleasePermission.NotAMember
        : actor.Holds(Role.Coordinator) ? ReleasePermission.Allowed
        : ReleasePermission.NotCoordinator;

    public static ReleasePermission MayMark(Member? actor, BacklogItem item) =>
        actor is null || actor.Roles.Count == 0 ? ReleasePermission.NotAMember
        : !actor.Holds(Role.Supplier) ? ReleasePermission.NotSupplier
        : !OnboardingAuthority.SameSupplier(actor.Supplier, item.Supplier) ? ReleasePermission.OtherSupplier
        : item.Status != ItemStatus.Delivered ? ReleasePermission.NotDelivered
        : ReleasePermission.Allowed;

    /// <summary>Whether the person may mark any item at all (the form is offered): a supplier.</summary>
    public static bool MayMarkAny(Member? actor) => actor?.Holds(Role.Supplier) == true;
}
