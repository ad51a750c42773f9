namespace CoordinatorBot.Cards.Common;

/// <summary>The names of the export site's pages and folders (every feature's part of the site names its files so).</summary>
public static class PageNames
{
    /// <summary>A release's page in the export's releases folder: "3-2-0.md" (its version's key, readable in a URL).</summary>
    public static string ReleaseFileName(Domain.Releases.ReleaseVersion version) => $"{Slug(version.Key)}.md";

    /// <summary>A backlog item's page in the backlog's folder: "012-login-med-mitid.md".</summary>
    public static string ItemFileName(int number, string title) => $"{number:000}-{Slug(title)}.md";

    /// <summary>"2026-11-27-budget-for-sikkerhedsopdateringer.md": the date a decision was proposed and its title.</summary>
    public static string DecisionFileName(Domain.Decisions.Decision decision, TimeZoneInfo zone) =>
        $"{TimeZoneInfo.ConvertTime(decision.ProposedAt, zone):yyyy-MM-dd}-{Slug(decision.Draft.Title)}.md";

    /// <summary>
    /// Each decision's file name in one export. Two decisions proposed the same day with the same title would share
    /// one, and unpacking the zip would keep only one of them; the later ones get their number added.
    /// </summary>
    public static IReadOnlyDictionary<Domain.Decisions.DecisionNumber, string> DecisionFileNames(IReadOnlyList<Domain.Decisions.Decision> decisions,
        TimeZoneInfo zone)
    {
        var names = new Dictionary<Domain.Decisions.DecisionNumber, string>();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var d in decisions.OrderBy(d => d.Number.Year).ThenBy(d => d.Number.Sequence))
        {
            var name = DecisionFileName(d, zone);
            names[d.Number] = used.Add(name) ? name : $"{name[..^3]}-{Slug(d.Number.ToString())}.md";
            used.Add(names[d.Number]);
        }

        return names;
    }

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
