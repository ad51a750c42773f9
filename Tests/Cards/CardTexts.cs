namespace CoordinatorBot.Tests.Cards;

/// <summary>The texts a card shows as Markdown: every TextBlock's text, and each FactSet fact's title and value.</summary>
internal static class CardTexts
{
    public static IEnumerable<string> Of(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "TextBlock" && o["text"] is JsonValue text => [text.GetValue<string>()],
        JsonObject o when o["type"]?.GetValue<string>() == "FactSet" && o["facts"] is JsonArray facts =>
            facts.OfType<JsonObject>().SelectMany(f => new[] { f["title"]!.GetValue<string>(), f["value"]!.GetValue<string>() }),
        JsonObject o => o.SelectMany(p => Of(p.Value)),
        JsonArray a => a.SelectMany(Of),
        _ => [],
    };
}
