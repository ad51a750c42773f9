using System.Text.RegularExpressions;

namespace CoordinatorBot.Cards.Model;

/// <summary>
/// Teams reads a TextBlock (and a fact) as Markdown: a line that starts with "1. " becomes a numbered list, one with
/// "# " a heading — so "1. marts 2027" would show as a shifted list item and be read as a list by screen readers. A
/// no-break space after such a marker keeps the line as the text it is and reads the same (Teams' clients disagree on
/// backslash escapes; a no-break space is no Markdown at all). Inside a line, "*vigtigt*", "__x__", "~~y~~", "`z`"
/// and "[a](b)" typed by a person would become emphasis, code or a link; there no invisible character stops every
/// client's parser, so those markers get a backslash, which CommonMark (Teams on desktop and the web, and the
/// Playground's markdown-it) shows as the character itself.
/// </summary>
public static partial class TeamsMarkdown
{
    /// <summary>Everything a card shows as text: inline markers and line starts kept literal.</summary>
    public static string Plain(string text) => KeepLiteralLineStarts(Literal(text));

    public static string KeepLiteralLineStarts(string text) =>
        string.IsNullOrEmpty(text) ? text : LineStart().Replace(text, m => $"{m.Groups["lead"].Value}{m.Groups["marker"].Value}\u00a0");

    /// <summary>
    /// Escapes the inline markers (* _ ~ ` [ ]) and a backslash that would escape the next character; letters,
    /// digits, commas and hyphens stay as they are. A mention of a plain name ("&lt;at&gt;Name&lt;/at&gt;") is left
    /// whole, as Teams matches its text to the mention's entity.
    /// </summary>
    public static string Literal(string text) =>
        string.IsNullOrEmpty(text) ? text : Inline().Replace(text, m => m.Groups["mention"].Success ? m.Value : $"\\{m.Value}");

    // At the start of a line: "12. " or "3) " (an ordered list), or "# " to "###### " (a heading).
    [GeneratedRegex(@"^(?<lead>[ \t]*)(?<marker>\d{1,9}[.)]|#{1,6})[ \t]", RegexOptions.Multiline)]
    private static partial Regex LineStart();

    // A mention is matched first, so that nothing inside it is escaped — but only a plain name: "<at>" around Markdown
    // typed by a person ("<at>**Haster** [Log ind](…)</at>") is no mention and gets its markers escaped like any text.
    // A backslash only matters before punctuation.
    [GeneratedRegex(@"(?<mention><at>[^<>*~`\[\]\\]*</at>)|[*_~`\[\]]|\\(?=[!-/:-@\[-`{-~])")]
    private static partial Regex Inline();
}
