namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// The one place a message from the bot is built: a card alone or text alone, since Teams shows the two apart.
/// </summary>
public static class BotMessage
{
    public static Activity Create(string botId, string conversationId, AdaptiveCard? card, string? text, string? locale = null) => new()
    {
        Type = ActivityTypes.Message,
        From = new ChannelAccount { Id = botId },
        Conversation = new ConversationAccount { Id = conversationId },
        Locale = locale,
        Text = text,
        // Teams reads a message's text as Markdown unless told otherwise; our texts carry none, and what they echo
        // (a mistyped command, a decision number) is the person's own words, to be shown as typed.
        TextFormat = text is null ? null : "plain",
        Attachments = card is null ? null : [new Attachment(AdaptiveCard.ContentType, CardJson.ToValue(card))],
    };
}
