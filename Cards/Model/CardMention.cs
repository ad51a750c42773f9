namespace CoordinatorBot.Cards.Model;

/// <summary>A mention; <see cref="Mentioned"/> carries the person's Teams id ("29:...") or Entra object id.</summary>
public sealed record CardMention(string Text, MentionedPerson Mentioned)
{
    public string Type => "mention";

    public static CardMention Of(string id, string name) => new($"<at>{name}</at>", new MentionedPerson(id, name));
}
