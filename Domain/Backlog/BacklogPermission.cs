namespace CoordinatorBot.Domain.Backlog;

/// <summary>Whether a person may do something with a wish or an item, and why not.</summary>
public enum BacklogPermission
{
    Allowed,
    NotAMember,
    NotInCoordinationGroup,
    NotCoordinator,
    NoMunicipality,
    OtherMunicipality,
    NotSupplier,
    OtherSupplier,
    BeyondMandate,
}
