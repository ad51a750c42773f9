namespace CoordinatorBot.Domain.Communities;

/// <summary>A person's roles in one community. People are identified by their Entra object id, never by name.</summary>
/// <param name="Municipality">The municipality the person speaks for, with the municipality role.</param>
/// <param name="TeamsUserId">The person's Teams id in this bot ("29:..."), to mention them; null until the roster said it.</param>
/// <param name="Supplier">The company the person works for, with the supplier role (its organisation name).</param>
public sealed record Member(string AadObjectId, string Name, IReadOnlySet<Role> Roles, string? Municipality, string? TeamsUserId = null,
    string? Supplier = null)
{
    public bool Holds(Role role) => Roles.Contains(role);
}
