namespace CoordinatorBot.Cards.Model;

public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;

public sealed record Fact(string Title, string Value);
