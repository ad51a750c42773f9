using System.Text.Json.Serialization;

namespace CoordinatorBot.Bot.Protocol.Schema;

/// <summary>The wire format: camelCase, nulls omitted (also inside arrays, when read).</summary>
public static class ProtocolJson
{
    public const string MediaType = "application/json; charset=utf-8";

    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>
    /// A message written whole before it is sent, so that it goes with its length: one write, rather than the chunks
    /// that a stream of unknown length takes, each framed on its own and read back by the other side.
    /// </summary>
    public static byte[] Write(object? body) => JsonSerializer.SerializeToUtf8Bytes(body, body?.GetType() ?? typeof(object), Options);

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
