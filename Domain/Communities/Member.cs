namespace CoordinatorBot.Domain.Communities;

/// <summary>A person's roles in one community. People are identified by their Entra object id, never by name.</summary>
/// <param name="TeamsUserId">The person's Teams id in this bot ("29:..."), to mention them; null until the roster said it.</param>
public sealed record Member(string AadObjectId, string Name, IReadOnlySet<Role> Roles, string? Municipality, string? TeamsUserId = null)
{
    public bool Holds(Role role) => Roles.Contains(role);
}
