using System.Text.Json.Nodes;
using CoordinatorBot.Bot.Communities;
using CoordinatorBot.Bot.Protocol.Schema;
using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Cards.Model;
using CoordinatorBot.Storage.Outbox;

namespace CoordinatorBot.Bot.Scheduling;

/// <summary>
/// One post in the team's channel for the people of a round the bot cannot write to in a 1:1 chat: a section per
/// person that @mentions them (so Teams notifies them) and holds their own message — its texts and its buttons, which
/// act for whoever presses them, as every button does.
/// </summary>
public static class ChannelRoundPost
{
    public static Activity Compose(string botId, string channel, IReadOnlyList<(OutboxTarget Target, Activity Message)> people)
    {
        var firstCard = people.Select(p => Card(p.Message)).FirstOrDefault(c => c is not null);
        // The language of the first person's own message; Danish when it says none.
        var language = firstCard?["lang"]?.GetValue<string>() == Language.English.Code() ? Language.English : Language.Danish;
        var texts = new Texts(language);
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = texts.ChannelRoundTitle, ["weight"] = "Bolder", ["wrap"] = true },
        };
        var mentions = new JsonArray();
        foreach (var (target, message) in people)
        {
            var name = target.PersonName ?? target.UserId ?? string.Empty;
            var mention = $"<at>{name}</at>";
            mentions.Add(new JsonObject
            {
                ["type"] = "mention", ["text"] = mention,
                ["mentioned"] = new JsonObject { ["id"] = target.UserId, ["name"] = name },
            });
            var items = new JsonArray { new JsonObject { ["type"] = "TextBlock", ["text"] = mention, ["weight"] = "Bolder", ["wrap"] = true } };
            var card = Card(message);
            foreach (var element in card?["body"]?.AsArray() ?? [])
            {
                items.Add(element?.DeepClone());
            }

            if (card?["actions"] is JsonArray actions && actions.Count > 0)
            {
                items.Add(new JsonObject { ["type"] = "ActionSet", ["actions"] = actions.DeepClone() });
            }

            if (card is null && message.Text is { Length: > 0 } text)
            {
                items.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true });
            }

            body.Add(new JsonObject { ["type"] = "Container", ["separator"] = true, ["spacing"] = "Medium", ["items"] = items });
        }

        var content = new JsonObject
        {
            ["$schema"] = AdaptiveCard.SchemaUrl, ["type"] = "AdaptiveCard", ["version"] = "1.5", ["lang"] = language.Code(),
            ["fallbackText"] = texts.ChannelRoundTitle, ["body"] = body, ["msteams"] = new JsonObject { ["entities"] = mentions },
        };
        return BotMessage.Create(botId, channel, null, null) with { Attachments = [new Attachment(AdaptiveCard.ContentType, content)] };
    }

    private static JsonObject? Card(Activity message) =>
        message.Attachments?.FirstOrDefault(a => a.ContentType == AdaptiveCard.ContentType)?.Content as JsonObject;
}
