namespace CoordinatorBot.Bot.Operations;

/// <summary>
/// URLs as telemetry may carry them. Connector, Graph and table URLs hold team, conversation, person and row ids in
/// their paths (<c>/v3/conversations/19:…@thread.tacv2/activities/…</c>, <c>/members(PartitionKey='19:…')</c>): every
/// path segment that is not a plain word becomes its hash, a table key in parentheses is cut off, and the query goes.
/// </summary>
public static class UrlRedaction
{
    public static string Redact(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return "redacted";
        }

        var path = uri.AbsolutePath;
        var key = path.IndexOf('(', StringComparison.Ordinal);
        if (key >= 0)
        {
            path = path[..key];
        }

        var result = new StringBuilder(uri.GetLeftPart(UriPartial.Authority));
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var decoded = Uri.UnescapeDataString(segment);
            result.Append('/').Append(IsPlainWord(decoded) ? decoded : "~" + TelemetryHash.Of(decoded));
        }

        return result.ToString();
    }

    /// <summary>
    /// API words (v3, v1.0, conversations, activities, pagedmembers, a table's name) are short, start with a letter
    /// and have no separators; ids have ':' or '@' (Teams), '-' (GUIDs) or start with a digit.
    /// </summary>
    private static bool IsPlainWord(string segment) =>
        segment.Length is > 0 and <= 40 && char.IsAsciiLetter(segment[0]) &&
        segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_') &&
        segment.Count(char.IsAsciiDigit) <= 12;
}
