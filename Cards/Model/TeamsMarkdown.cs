using System.Text.RegularExpressions;

namespace CoordinatorBot.Cards.Model;

/// <summary>
/// Teams reads a TextBlock as Markdown: a line that starts with "1. " becomes a numbered list, one with "# " a heading
/// — so "1. marts 2027" would show as a shifted list item and be read as a list by screen readers. A no-break space
/// after such a marker keeps the line as the text it is and reads the same (Teams' clients disagree on backslash
/// escapes; a no-break space is no Markdown at all).
/// </summary>
public static partial class TeamsMarkdown
{
    public static string KeepLiteralLineStarts(string text) =>
        string.IsNullOrEmpty(text) ? text : LineStart().Replace(text, m => $"{m.Groups["lead"].Value}{m.Groups["marker"].Value}\u00a0");

    // At the start of a line: "12. " or "3) " (an ordered list), or "# " to "###### " (a heading).
    [GeneratedRegex(@"^(?<lead>[ \t]*)(?<marker>\d{1,9}[.)]|#{1,6})[ \t]", RegexOptions.Multiline)]
    private static partial Regex LineStart();
}
