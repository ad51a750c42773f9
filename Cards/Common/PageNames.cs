namespace CoordinatorBot.Cards.Common;

/// <summary>The names of the export site's pages and folders (every feature's part of the site names its files so).</summary>
public static class PageNames
{
    /// <summary>Lower case, Danish letters spelled out, words joined by hyphens: safe in a URL and a file name.</summary>
    public static string Slug(string title)
    {
        var folded = title.ToLowerInvariant().Replace("æ", "ae", StringComparison.Ordinal)
            .Replace("ø", "oe", StringComparison.Ordinal).Replace("å", "aa", StringComparison.Ordinal).Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder();
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString().Trim('-');
        return text.Length == 0 ? "beslutning" : text[..Math.Min(text.Length, 60)].TrimEnd('-');
    }
}
