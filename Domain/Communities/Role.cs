namespace CoordinatorBot.Domain.Communities;

/// <summary>The roles a person can hold in a product community (DOMAIN.md, "Bodies").</summary>
public enum Role
{
    Coordinator,
    SteeringGroup,
    CoordinationGroup,
    Supplier,
    Municipality,
    Secretariat,
}
