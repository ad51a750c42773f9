namespace CoordinatorBot.Cards.Model;

public sealed record OpenUrlAction(string Title, Uri Url) : CardAction(Title);
