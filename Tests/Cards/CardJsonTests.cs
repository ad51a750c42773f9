namespace CoordinatorBot.Tests.Cards;

/// <summary>The card model writes exactly the JSON the Adaptive Card schema names.</summary>
[Trait("Category", "Unit")]
public sealed class CardJsonTests
{
    [Fact]
    public void A_card_with_a_user_specific_refresh_serialises_to_the_schemas_names()
    {
        var card = new AdaptiveCard
        {
            Lang = "da",
            Refresh = new Refresh(new ExecuteAction("Opdatér", "decision.refresh"), ["29:a"]),
            Body = [new TextBlock("Hej") { Weight = TextWeight.Bolder }, new ChoiceSetInput("Rolle", [new Choice("Kommune", "Municipality")]) { Id = "role", Style = ChoiceSetStyle.Compact }],
            Actions = [new OpenUrlAction("Læs mere", new Uri("https://os2.eu/"))],
        };

        var expected = JsonNode.Parse("""
            {
              "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
              "type": "AdaptiveCard",
              "version": "1.5",
              "lang": "da",
              "body": [
                { "type": "TextBlock", "text": "Hej", "wrap": true, "weight": "bolder" },
                { "type": "Input.ChoiceSet", "id": "role", "label": "Rolle", "choices": [ { "title": "Kommune", "value": "Municipality" } ], "style": "compact" }
              ],
              "actions": [ { "type": "Action.OpenUrl", "title": "Læs mere", "url": "https://os2.eu/" } ],
              "refresh": { "action": { "type": "Action.Execute", "title": "Opdatér", "verb": "decision.refresh" }, "userIds": [ "29:a" ] }
            }
            """);

        var actual = CardJson.ToNode(card);

        Assert.True(JsonNode.DeepEquals(expected, actual), actual.ToJsonString());
    }

    [Fact]
    public void Danish_letters_are_written_as_they_are()
    {
        var json = CardJson.Serialize(CardGallery.EveryType(new Texts(Language.Danish)) with { FallbackText = "æøå »«" });

        Assert.Contains("æøå »«", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_card_in_a_message_is_written_with_the_cards_own_names_whatever_writes_the_message()
    {
        var card = CardGallery.EveryType(new Texts(Language.Danish));
        var message = CoordinatorBot.Bot.Communities.BotMessage.Create("28:bot", "19:channel", card, null);

        var written = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(message, CoordinatorBot.Bot.Protocol.Schema.ProtocolJson.Options))!;

        var content = written["attachments"]![0]!["content"];
        Assert.True(JsonNode.DeepEquals(CardJson.ToNode(card), content), content?.ToJsonString());
    }
}
