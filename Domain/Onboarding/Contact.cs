namespace CoordinatorBot.Domain.Onboarding;

/// <summary>A contact person: a member of the team (with their Entra object id) or a name and an e-mail address.</summary>
public sealed record Contact(string Name, string? Email, string? AadObjectId);
