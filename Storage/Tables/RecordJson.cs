using System.Text.Json.Serialization;

namespace CoordinatorBot.Storage.Tables;

/// <summary>How a Domain record is kept in one table property: camelCase JSON with enums by name.</summary>
public static class RecordJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new JsonException($"No {typeof(T).Name} in the stored JSON.");

    private static JsonSerializerOptions Create()
    {
        // Computed properties (IsDone, NextStep, ...) are derived on reading, not stored.
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { IgnoreReadOnlyProperties = true };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
