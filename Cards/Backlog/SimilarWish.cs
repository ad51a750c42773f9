namespace CoordinatorBot.Cards.Backlog;

/// <summary>An existing wish or backlog item that looks like the one being raised, with its support.</summary>
public sealed record SimilarWish(int Number, string Title, int Municipalities, bool IsItem, bool IsOpen);
