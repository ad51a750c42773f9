namespace CoordinatorBot.Domain.Decisions;

/// <summary>The bodies that decide. Suppliers and the coordinator propose; these decide.</summary>
public enum DecidingBody
{
    SteeringGroup,
    CoordinationGroup,
}
