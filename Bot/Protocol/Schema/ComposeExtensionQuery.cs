namespace CoordinatorBot.Bot.Protocol.Schema;

/// <summary>
/// The value of a composeExtension/query invoke: the manifest command's id, its parameters (name and the text typed;
/// "initialRun" when Teams asks before anything was typed) and the page Teams wants (skip, count).
/// </summary>
public sealed record ComposeExtensionQuery(string? CommandId, IReadOnlyList<ComposeExtensionParameter> Parameters, int Skip, int? Count)
{
    /// <summary>The name Teams gives the parameter of a query made before anything was typed.</summary>
    public const string InitialRun = "initialRun";

    /// <summary>
    /// Reads the value as Teams sends it; null when it is not that shape at all. A parameter value that is not text (a
    /// number, an object) is read as no text, and so is a page that is not a small whole number.
    /// </summary>
    public static ComposeExtensionQuery? From(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } v)
        {
            return null;
        }

        var parameters = new List<ComposeExtensionParameter>();
        if (v.TryGetProperty("parameters", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in list.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object).Take(10))
            {
                parameters.Add(new ComposeExtensionParameter(Text(item, "name"), Text(item, "value")));
            }
        }

        int skip = 0;
        int? count = null;
        if (v.TryGetProperty("queryOptions", out var options) && options.ValueKind == JsonValueKind.Object)
        {
            skip = Whole(options, "skip") ?? 0;
            count = Whole(options, "count");
        }

        return new ComposeExtensionQuery(Text(v, "commandId"), parameters, skip, count);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static int? Whole(JsonElement element, string name) =>
        element.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number && p.TryGetInt32(out var n) && n >= 0 ? n : null;
}
