namespace CoordinatorBot.Cards.Model;

public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;
