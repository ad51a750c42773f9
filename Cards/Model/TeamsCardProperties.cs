namespace CoordinatorBot.Cards.Model;

/// <summary>The "msteams" object of a card: mentions of people named in its text as &lt;at&gt;Name&lt;/at&gt;.</summary>
public sealed record TeamsCardProperties(IReadOnlyList<CardMention> Entities);

/// <summary>A mention; <see cref="Mentioned"/> carries the person's Teams id ("29:...") or Entra object id.</summary>
public sealed record CardMention(string Text, MentionedPerson Mentioned)
{
    public string Type => "mention";

    public static CardMention Of(string id, string name) => new($"<at>{name}</at>", new MentionedPerson(id, name));
}

public sealed record MentionedPerson(string Id, string Name);
