using System.Text.Json.Nodes;
using CoordinatorBot.Storage.Outbox;

namespace CoordinatorBot.Bot.Scheduling;

/// <summary>
/// The channel post (or posts, should one not fit Teams' size limit) for the people of a round whose 1:1 chat could not
/// be opened, with each person's queued message in their own section (<see cref="ChannelRoundCard"/>).
/// </summary>
public static class ChannelRoundPost
{
    public static IReadOnlyList<(Activity Post, int People)> Compose(string channel, IReadOnlyList<(OutboxTarget Target, Activity Message)> people)
    {
        var first = people[0].Target;
        var texts = new Texts(LanguageExtensions.FromLocale(first.ChannelLanguage) ?? Language.Danish);
        var messages = people.Select(p => new RoundMessage(p.Target.UserId ?? string.Empty, p.Target.PersonName ?? p.Target.UserId ?? string.Empty,
            CardOf(p.Message), p.Message.Text)).ToList();
        return [.. ChannelRoundCard.Compose(texts, messages).Select(card =>
            (BotMessage.Create(first.BotId, channel, null, null) with { Attachments = [new Attachment(AdaptiveCard.ContentType, card)] },
                card["msteams"]!["entities"]!.AsArray().Count))];
    }

    /// <summary>The message's card as a tree: as read back from the outbox, or written out first when it was composed here.</summary>
    private static JsonObject? CardOf(Activity message) =>
        message.Attachments?.FirstOrDefault(a => a.ContentType == AdaptiveCard.ContentType)?.Content switch
        {
            JsonObject card => card,
            { } value => JsonNode.Parse(value.ToJsonString()) as JsonObject,
            null => null,
        };
}
