namespace CoordinatorBot.Domain.Communities;

/// <summary>A person's roles in one community. People are identified by their Entra object id, never by name.</summary>
public sealed record Member(string AadObjectId, string Name, IReadOnlySet<Role> Roles, string? Municipality)
{
    public bool Holds(Role role) => Roles.Contains(role);
}
