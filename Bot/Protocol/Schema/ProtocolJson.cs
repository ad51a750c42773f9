using System.Text.Json.Serialization;

namespace CoordinatorBot.Bot.Protocol.Schema;

/// <summary>The wire format: camelCase, nulls omitted (also inside arrays, when read).</summary>
public static class ProtocolJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Converters = { new NullItemsSkippedConverter() },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
