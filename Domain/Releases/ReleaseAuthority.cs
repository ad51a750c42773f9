using CoordinatorBot.Domain.Backlog;

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

    /// <summary>Those who may move the item (its own supplier's people), once it is delivered.</summary>
    public static ReleasePermission MayMark(Member? actor, BacklogItem item) => BacklogAuthority.MayMove(actor, item) switch
    {
        BacklogPermission.Allowed => item.Status == ItemStatus.Delivered ? ReleasePermission.Allowed : ReleasePermission.NotDelivered,
        BacklogPermission.NotSupplier => ReleasePermission.NotSupplier,
        BacklogPermission.OtherSupplier => ReleasePermission.OtherSupplier,
        // MayMove refuses a supplier's people for nothing else; anyone else is no member.
        _ => ReleasePermission.NotAMember,
    };

    /// <summary>Whether the person may mark any item at all (the form is offered): a supplier.</summary>
    public static bool MayMarkAny(Member? actor) => actor?.Holds(Role.Supplier) == true;
}
