namespace CoordinatorBot.Domain.Releases;

/// <summary>Whether a person may do something with releases, and why not.</summary>
public enum ReleasePermission
{
    Allowed,
    NotAMember,
    NotCoordinator,
    NotSupplier,
    OtherSupplier,
    NotDelivered,
}
