namespace CoordinatorBot.Domain.Communities;

/// <summary>A person on the team's roster, as the connector lists them.</summary>
/// <param name="Email">Their address as the roster gives it (e-mail, else user principal name), to invite them.</param>
/// <param name="UserRole">Teams' word for their standing in the team: "owner", "user" or "guest"; null when not given.</param>
/// <param name="ThroughTeams">
/// In a shared channel: the teams (their ids) through which the person is a member, when they are not a direct member
/// of the channel; null or empty for a direct member and for a team's own roster.
/// </param>
public sealed record TeamMember(string AadObjectId, string Name, string? TeamsUserId = null, string? UserRole = null, string? TenantId = null,
    string? Email = null, IReadOnlyList<string>? ThroughTeams = null)
{
    public bool IsOwner => string.Equals(UserRole, "owner", StringComparison.OrdinalIgnoreCase);

    public bool IsGuest => string.Equals(UserRole, "guest", StringComparison.OrdinalIgnoreCase);
}
