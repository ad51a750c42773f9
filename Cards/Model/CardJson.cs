using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CoordinatorBot.Cards.Model;

/// <summary>Serialises cards to the JSON the Adaptive Card schema expects: camelCase, enums as camelCase, no nulls.</summary>
public static class CardJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    internal static JsonTypeInfo<AdaptiveCard> CardType { get; } = (JsonTypeInfo<AdaptiveCard>)Options.GetTypeInfo(typeof(AdaptiveCard));

    private static JsonTypeInfo<WrittenCard> WrittenCardType { get; } = (JsonTypeInfo<WrittenCard>)Options.GetTypeInfo(typeof(WrittenCard));

    public static string Serialize(AdaptiveCard card) => JsonSerializer.Serialize(card, Options);

    /// <summary>The card as a JSON tree, to read or change (each call writes and parses it).</summary>
    public static JsonNode ToNode(AdaptiveCard card) => JsonSerializer.SerializeToNode(card, Options)!;

    /// <summary>
    /// The card as a JSON value that is written only where the message around it is written: a card a turn sends is
    /// serialised once, straight into the request or response, not written, parsed into a tree and written again.
    /// </summary>
    public static JsonNode ToValue(AdaptiveCard card) => JsonValue.Create(new WrittenCard(card), WrittenCardType)!;

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
