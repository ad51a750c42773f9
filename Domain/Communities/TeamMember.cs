namespace CoordinatorBot.Domain.Communities;

/// <summary>A person on the team's roster, as the connector lists them.</summary>
public sealed record TeamMember(string AadObjectId, string Name, string? TeamsUserId = null);
