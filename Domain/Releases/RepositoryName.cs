namespace CoordinatorBot.Domain.Releases;

/// <summary>
/// A GitHub repository as the coordinator writes it in setup: "owner/name", or its address
/// ("https://github.com/OS2mo/os2mo"). GitHub's own rules: an owner of letters, digits and single hyphens (39 at
/// most), a name of letters, digits, '.', '-' and '_' (100 at most).
/// </summary>
public static partial class RepositoryName
{
    /// <summary>The "owner/name" in <paramref name="text"/>; null when it is none.</summary>
    public static string? TryParse(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        foreach (var prefix in (string[])["https://github.com/", "http://github.com/", "github.com/"])
        {
            if (trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                trimmed = trimmed[prefix.Length..];
            }
        }

        trimmed = trimmed.TrimEnd('/');
        if (trimmed.EndsWith(".git", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[..^4];
        }

        return Pattern().IsMatch(trimmed) && trimmed.Split('/')[1] is not ("." or "..") ? trimmed : null;
    }

    [GeneratedRegex(@"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}/[A-Za-z0-9._-]{1,100}$")]
    private static partial Regex Pattern();
}
