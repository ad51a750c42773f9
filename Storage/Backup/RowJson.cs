namespace CoordinatorBot.Storage.Backup;

/// <summary>
/// One table row as one JSON object, in the form the Table service itself speaks (OData JSON): strings, booleans and
/// 32-bit integers as they are; every other type as a string or number with its <c>Name@odata.type</c> beside it, so
/// that a restored row has exactly the types it had. The service's <c>Timestamp</c> is kept for the reader; a
/// restore cannot set it.
/// </summary>
public static class RowJson
{
    private const string TypeSuffix = "@odata.type";

    public static void Write(Utf8JsonWriter writer, TableEntity row)
    {
        writer.WriteStartObject();
        writer.WriteString("PartitionKey", row.PartitionKey);
        writer.WriteString("RowKey", row.RowKey);
        if (row.Timestamp is { } timestamp)
        {
            writer.WriteString("Timestamp", timestamp.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        }

        foreach (var (name, value) in row.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (name is "PartitionKey" or "RowKey" or "Timestamp" or "odata.etag" || value is null)
            {
                continue;
            }

            WriteProperty(writer, name, value);
        }

        writer.WriteEndObject();
    }

    public static TableEntity Read(JsonElement line)
    {
        var row = new TableEntity();
        foreach (var property in line.EnumerateObject())
        {
            var name = property.Name;
            if (name.EndsWith(TypeSuffix, StringComparison.Ordinal) || name == "Timestamp")
            {
                continue;
            }

            var type = line.TryGetProperty(name + TypeSuffix, out var annotation) ? annotation.GetString() : null;
            row[name] = ReadValue(property.Value, type, name);
        }

        if (!line.TryGetProperty("PartitionKey", out _) || !line.TryGetProperty("RowKey", out _))
        {
            throw new JsonException("A row without its PartitionKey or RowKey.");
        }

        return row;
    }

    private static void WriteProperty(Utf8JsonWriter writer, string name, object value)
    {
        switch (value)
        {
            case string text:
                writer.WriteString(name, text);
                break;
            case bool flag:
                writer.WriteBoolean(name, flag);
                break;
            case int number:
                writer.WriteNumber(name, number);
                break;
            case long number:
                writer.WriteString(name, number.ToString(CultureInfo.InvariantCulture));
                writer.WriteString(name + TypeSuffix, "Edm.Int64");
                break;
            case double number:
                writer.WriteNumber(name, number);
                writer.WriteString(name + TypeSuffix, "Edm.Double");
                break;
            case DateTimeOffset time:
                writer.WriteString(name, time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
                writer.WriteString(name + TypeSuffix, "Edm.DateTime");
                break;
            case DateTime time:
                writer.WriteString(name, time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
                writer.WriteString(name + TypeSuffix, "Edm.DateTime");
                break;
            case Guid id:
                writer.WriteString(name, id.ToString("D"));
                writer.WriteString(name + TypeSuffix, "Edm.Guid");
                break;
            case byte[] bytes:
                writer.WriteBase64String(name, bytes);
                writer.WriteString(name + TypeSuffix, "Edm.Binary");
                break;
            case BinaryData data:
                writer.WriteBase64String(name, data.ToArray());
                writer.WriteString(name + TypeSuffix, "Edm.Binary");
                break;
            default:
                throw new NotSupportedException($"A table property of type {value.GetType().Name} ({name}).");
        }
    }

    private static object ReadValue(JsonElement value, string? type, string name) => type switch
    {
        null => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number when value.TryGetInt32(out var number) => number,
            JsonValueKind.Number => value.GetDouble(),
            _ => throw new JsonException($"The property {name} has no value a table can hold."),
        },
        "Edm.Int64" => long.Parse(value.GetString()!, CultureInfo.InvariantCulture),
        "Edm.Double" => value.ValueKind == JsonValueKind.String
            ? double.Parse(value.GetString()!, CultureInfo.InvariantCulture)
            : value.GetDouble(),
        "Edm.DateTime" => DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        "Edm.Guid" => Guid.Parse(value.GetString()!),
        "Edm.Binary" => value.GetBytesFromBase64(),
        "Edm.String" => value.GetString()!,
        "Edm.Int32" => value.GetInt32(),
        "Edm.Boolean" => value.GetBoolean(),
        _ => throw new JsonException($"The property {name} has an unknown type {type}."),
    };
}
