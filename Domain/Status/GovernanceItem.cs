namespace CoordinatorBot.Domain.Status;

/// <summary>One item of the checklist: "G3", its section, its level and its official title.</summary>
public sealed record GovernanceItem(string Id, GovernanceSection Section, GovernanceLevel Level, string Title);
