namespace CoordinatorBot.Domain.Guides;

/// <summary>
/// A guide's links as typed, one a line: each an absolute http(s) address, so that a card or a page never links to a
/// script or a file on someone's disk.
/// </summary>
public static class GuideLinks
{
    /// <summary>The links, or the problem with them; no text is no links.</summary>
    public static (IReadOnlyList<string> Links, GuideProblem? Problem) Read(string? typed)
    {
        var lines = (typed ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length > GuideLimits.MaxLinks)
        {
            return ([], GuideProblem.TooManyLinks);
        }

        foreach (var line in lines)
        {
            if (!Uri.TryCreate(line, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                return ([], GuideProblem.BadLink);
            }
        }

        return (lines, null);
    }
}
