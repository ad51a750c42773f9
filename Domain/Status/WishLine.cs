namespace CoordinatorBot.Domain.Status;

/// <summary>A wish among the most supported: its number, title and the municipalities supporting it.</summary>
public sealed record WishLine(int Number, string Title, int Support);
