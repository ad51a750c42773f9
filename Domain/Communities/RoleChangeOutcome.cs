namespace CoordinatorBot.Domain.Communities;

public enum RoleChangeOutcome
{
    Changed,
    Unchanged,
    NotCoordinator,
    MunicipalityRequired,
    SupplierRequired,
    LastCoordinator,
}
