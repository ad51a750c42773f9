namespace CoordinatorBot.Domain.Status;

/// <summary>OS2's levels: a product at a level must meet the items of that level and below.</summary>
public enum GovernanceLevel
{
    Sandbox,
    One,
    Two,
    Three,
}
