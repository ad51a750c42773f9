namespace CoordinatorBot.Domain.Communities;

/// <summary>A role given to or ended for a person: kept after the person has left, so the roles' history stays.</summary>
/// <param name="AadObjectId">The person's Entra object id.</param>
/// <param name="Name">The person's name at the time.</param>
/// <param name="Organisation">For the municipality role the municipality, for the supplier role the supplier; else null.</param>
/// <param name="ByName">Who gave or ended it (for a person leaving the team, whoever or whatever reported it).</param>
public sealed record RoleHistoryEntry(string AadObjectId, string Name, Role Role, string? Organisation, RoleHistoryChange Change,
    string ByName, DateTimeOffset At);
