namespace CoordinatorBot.Cards.Model;

/// <summary>The "msteams" object of a card: mentions of people named in its text as &lt;at&gt;Name&lt;/at&gt;.</summary>
public sealed record TeamsCardProperties(IReadOnlyList<CardMention> Entities);
