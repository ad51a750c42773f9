namespace CoordinatorBot.Bot.Conversation;

/// <summary>
/// The data a card sent: its own data merged with the values of its inputs. This is what a person entered, never who
/// they are: identity comes from the activity.
/// </summary>
public sealed class CardInput(string verb, JsonElement? data)
{
    public string Verb { get; } = verb;

    /// <summary>A value as text, trimmed; null when absent or empty.</summary>
    public string? Text(string key)
    {
        if (data is not { ValueKind: JsonValueKind.Object } element || !element.TryGetProperty(key, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>A value as a list (e.g. "12, 14"), each entry trimmed; empty when absent.</summary>
    public IReadOnlyList<string> List(string key, params char[] separators) =>
        (Text(key) ?? string.Empty).Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A number from an Input.Number (sent as text), read with either decimal mark.</summary>
    public decimal? Number(string key) =>
        Text(key) is { } text && decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
