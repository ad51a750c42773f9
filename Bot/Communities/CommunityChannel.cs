using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Bot.Protocol.Schema;
using CoordinatorBot.Cards.Model;

namespace CoordinatorBot.Bot.Communities;

/// <summary>Messages from the bot into the community's channel or one of its threads, without an incoming message.</summary>
public static class CommunityChannel
{
    public static Activity Message(Community community, string conversationId, AdaptiveCard? card, string? text) => new()
    {
        Type = ActivityTypes.Message,
        From = new ChannelAccount { Id = community.Channel.BotId },
        Conversation = new ConversationAccount { Id = conversationId },
        Text = text,
        Attachments = card is null ? null : [new Attachment(AdaptiveCard.ContentType, CardJson.ToNode(card))],
    };
}
