namespace CoordinatorBot.Domain.Communities;

/// <summary>A person on the team's roster, as the connector lists them.</summary>
/// <param name="Email">Their address as the roster gives it (e-mail, else user principal name), to invite them.</param>
/// <param name="UserRole">Teams' word for their standing in the team: "owner", "user" or "guest"; null when not given.</param>
public sealed record TeamMember(string AadObjectId, string Name, string? TeamsUserId = null, string? UserRole = null, string? TenantId = null,
    string? Email = null)
{
    public bool IsOwner => string.Equals(UserRole, "owner", StringComparison.OrdinalIgnoreCase);

    public bool IsGuest => string.Equals(UserRole, "guest", StringComparison.OrdinalIgnoreCase);
}
