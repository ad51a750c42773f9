using CoordinatorBot.Cards.Model;

namespace CoordinatorBot.Bot.Conversation;

/// <summary>What a command or card action answers: a card, or a line of text.</summary>
public sealed record Reply
{
    public AdaptiveCard? Card { get; private init; }
    public string? Text { get; private init; }

    public static Reply WithCard(AdaptiveCard card) => new() { Card = card };

    public static Reply WithText(string text) => new() { Text = text };
}
