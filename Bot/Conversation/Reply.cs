namespace CoordinatorBot.Bot.Conversation;

/// <summary>What a command or card action answers: a card, or a line of text.</summary>
public sealed record Reply
{
    public AdaptiveCard? Card { get; private init; }
    public string? Text { get; private init; }

    /// <summary>The handler has sent its answer itself (it needed the sent message's id); nothing more goes to the conversation.</summary>
    public bool IsSent { get; private init; }

    public static Reply WithCard(AdaptiveCard card) => new() { Card = card };

    public static Reply WithText(string text) => new() { Text = text };

    /// <summary>An answer already sent; a pressed card is told <paramref name="acknowledgement"/> and stays as it is.</summary>
    public static Reply AlreadySent(string acknowledgement) => new() { Text = acknowledgement, IsSent = true };
}
