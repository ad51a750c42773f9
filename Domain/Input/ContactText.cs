namespace CoordinatorBot.Domain.Input;

/// <summary>
/// A contact person typed as text: a name and an e-mail address in either order, with or without a separator —
/// "Jens Jensen jje@odense.dk", "jje@odense.dk, Jens Jensen", "Jens Jensen &lt;jje@odense.dk&gt;", "Jens Jensen; jje@odense.dk".
/// </summary>
public static partial class ContactText
{
    public const int MaxNameLength = 100;

    public static (string Name, string Email)? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || Email().Matches(text) is not { Count: 1 } emails)
        {
            return null;
        }

        var email = emails[0].Value;
        var name = Separators().Replace(text.Remove(emails[0].Index, emails[0].Length), " ");
        name = Spaces().Replace(name, " ").Trim();
        return name.Length is >= 2 and <= MaxNameLength && name.Any(char.IsLetter) ? (name, email) : null;
    }

    [GeneratedRegex(@"[^\s@<>,;:()\[\]""']+@[^\s@<>,;:()\[\]""']+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"[<>,;:()\[\]""|]|\s-\s|^\s*-|-\s*$|mailto")]
    private static partial Regex Separators();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
