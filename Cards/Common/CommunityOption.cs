namespace CoordinatorBot.Cards.Common;

/// <summary>A community a person can choose in their personal chat.</summary>
public sealed record CommunityOption(string Id, string Name);
