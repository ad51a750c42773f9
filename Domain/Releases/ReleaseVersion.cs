namespace CoordinatorBot.Domain.Releases;

/// <summary>
/// A release's version as people read it: semantic ("3.10.0", "v3.2.0-rc.1") or the product's own ("2024.2",
/// "2026-03", "R12"). Versions compare by their parts, numbers as numbers, so 3.10.0 comes after 3.9.1; a leading "v",
/// case, leading zeros, build metadata ("+build.5") and trailing zero parts ("3.2" = "3.2.0") make no difference; a
/// pre-release ("3.0.0-rc.1") comes before its release.
/// </summary>
public sealed class ReleaseVersion : IComparable<ReleaseVersion>, IEquatable<ReleaseVersion>
{
    private readonly IReadOnlyList<object> _parts;
    private readonly IReadOnlyList<object> _preRelease;

    private ReleaseVersion(string text, IReadOnlyList<object> parts, IReadOnlyList<object> preRelease)
    {
        Text = text;
        _parts = parts;
        _preRelease = preRelease;
    }

    /// <summary>The version as written (trimmed).</summary>
    public string Text { get; }

    /// <summary>One spelling for every way of writing the same version: the key it is stored under.</summary>
    public string Key => string.Join('.', _parts.Select(Part)) + (_preRelease.Count > 0 ? "-" + string.Join('.', _preRelease.Select(Part)) : string.Empty);

    /// <summary>The version in <paramref name="text"/>; null for no text, text with spaces, or longer than the limit.</summary>
    public static ReleaseVersion? TryParse(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > TextLimits.ReleaseVersion || trimmed.Any(char.IsWhiteSpace) ||
            !trimmed.Any(char.IsLetterOrDigit))
        {
            return null;
        }

        var core = trimmed.Split('+', 2)[0];
        if (core.Length > 1 && core[0] is 'v' or 'V' && char.IsDigit(core[1]))
        {
            core = core[1..];
        }

        // A hyphen after the numbers begins a pre-release (semver); in a version of words or dates ("2026-03") it is a separator.
        var dash = core.IndexOf('-', StringComparison.Ordinal);
        var isSemVer = dash > 0 && core[..dash].Split('.') is { Length: 3 } numbers && numbers.All(n => n.Length > 0 && n.All(char.IsAsciiDigit));
        var main = isSemVer ? core[..dash] : core;
        var pre = isSemVer ? core[(dash + 1)..] : string.Empty;
        var parts = Parts(main);
        while (parts.Count > 1 && parts[^1] is long and 0)
        {
            parts.RemoveAt(parts.Count - 1);
        }

        return parts.Count == 0 ? null : new ReleaseVersion(trimmed, parts, Parts(pre));
    }

    public int CompareTo(ReleaseVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var main = Compare(_parts, other._parts);
        if (main != 0)
        {
            return main;
        }

        // A release comes after its pre-releases.
        return (_preRelease.Count, other._preRelease.Count) switch
        {
            (0, 0) => 0,
            (0, _) => 1,
            (_, 0) => -1,
            _ => Compare(_preRelease, other._preRelease),
        };
    }

    public bool Equals(ReleaseVersion? other) => other is not null && CompareTo(other) == 0;

    public override bool Equals(object? obj) => obj is ReleaseVersion other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);

    public override string ToString() => Text;

    // Numbers and words, split at every change between them and at separators: "R12b" is R, 12, b.
    private static List<object> Parts(string text)
    {
        var parts = new List<object>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var digits = char.IsAsciiDigit(text[i]);
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]) && char.IsAsciiDigit(text[i]) == digits)
            {
                i++;
            }

            var part = text[start..i];
            parts.Add(digits && long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                ? n
                : part.ToLowerInvariant());
        }

        return parts;
    }

    private static int Compare(IReadOnlyList<object> a, IReadOnlyList<object> b)
    {
        for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
        {
            // A missing part is a zero ("3.2" = "3.2.0", "3.2" before "3.2.1").
            var x = i < a.Count ? a[i] : 0L;
            var y = i < b.Count ? b[i] : 0L;
            var order = (x, y) switch
            {
                (long m, long n) => m.CompareTo(n),
                // Numbers before words (semver: numeric identifiers have lower precedence).
                (long, _) => -1,
                (_, long) => 1,
                _ => string.CompareOrdinal((string)x, (string)y),
            };
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }

    private static string Part(object part) => part is long n ? n.ToString(CultureInfo.InvariantCulture) : (string)part;
}
