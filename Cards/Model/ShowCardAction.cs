namespace CoordinatorBot.Cards.Model;

public sealed record ShowCardAction(string Title, AdaptiveCard Card) : CardAction(Title);
