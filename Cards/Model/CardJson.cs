using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CoordinatorBot.Cards.Model;

/// <summary>Serialises cards to the JSON the Adaptive Card schema expects: camelCase, enums as camelCase, no nulls.</summary>
public static class CardJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(AdaptiveCard card) => JsonSerializer.Serialize(card, Options);

    public static JsonNode ToNode(AdaptiveCard card) => JsonSerializer.SerializeToNode(card, Options)!;

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
