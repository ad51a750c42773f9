namespace CoordinatorBot.Cards.Model;

public sealed record MentionedPerson(string Id, string Name);
