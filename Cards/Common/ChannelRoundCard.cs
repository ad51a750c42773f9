using System.Text.Json.Nodes;

namespace CoordinatorBot.Cards.Common;

/// <summary>
/// The post in the team's channel for the people of a round the bot cannot write to in a 1:1 chat: a section per person
/// that @mentions them (so Teams notifies them) and holds their own message as it was composed for them — its texts
/// and its buttons, which act for whoever presses them, as every button does. The title is in the channel's language.
/// </summary>
public static class ChannelRoundCard
{
    /// <summary>Teams refuses a message over about 28 KB; a round that does not fit is split into several posts.</summary>
    public const int MaxBytes = 26 * 1024;

    public static IReadOnlyList<JsonObject> Compose(Texts texts, IReadOnlyList<RoundMessage> people)
    {
        var posts = new List<JsonObject>();
        var current = new List<RoundMessage>();
        foreach (var person in people)
        {
            current.Add(person);
            if (current.Count > 1 && Size(Post(texts, current)) > MaxBytes)
            {
                current.RemoveAt(current.Count - 1);
                posts.Add(Post(texts, current));
                current = [person];
            }
        }

        if (current.Count > 0)
        {
            posts.Add(Post(texts, current));
        }

        return posts;
    }

    private static JsonObject Post(Texts texts, IReadOnlyList<RoundMessage> people)
    {
        var card = new AdaptiveCard
        {
            Lang = texts.Language.Code(),
            FallbackText = texts.ChannelRoundTitle,
            Body =
            [
                Paragraph(texts.ChannelRoundTitle),
                .. people.Select(p => new Container(
                    [
                        new TextBlock($"<at>{p.Name}</at>") { Weight = TextWeight.Bolder },
                        .. p.Card is null && !string.IsNullOrEmpty(p.Text) ? [new TextBlock(p.Text)] : Array.Empty<CardElement>(),
                    ])
                    { Separator = true, Spacing = Spacing.Medium }),
            ],
            Teams = new TeamsCardProperties([.. people.Select(p => CardMention.Of(p.TeamsUserId, p.Name))]),
        };

        // Each person's own card goes into their section as it was: its elements, then its buttons.
        var json = CardJson.ToNode(card).AsObject();
        var sections = json["body"]!.AsArray().Skip(1).ToList();
        for (var i = 0; i < people.Count; i++)
        {
            var items = sections[i]!["items"]!.AsArray();
            foreach (var element in people[i].Card?["body"]?.AsArray() ?? [])
            {
                items.Add(element?.DeepClone());
            }

            if (people[i].Card?["actions"] is JsonArray { Count: > 0 } actions)
            {
                items.Add(new JsonObject { ["type"] = "ActionSet", ["actions"] = actions.DeepClone() });
            }
        }

        return json;
    }

    private static int Size(JsonObject card) => Encoding.UTF8.GetByteCount(card.ToJsonString());
}
