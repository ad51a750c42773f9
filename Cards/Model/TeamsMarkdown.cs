using System.Text.RegularExpressions;

namespace CoordinatorBot.Cards.Model;

/// <summary>
/// Teams reads a TextBlock (and a fact) as Markdown. Three things follow for text shown as a person typed it:
/// <list type="bullet">
/// <item>Markdown joins lines: a single line break is a "soft break", shown as a space, so a two-line context or an
/// agenda would read as one line. Teams' documented way to keep a line is a paragraph break ("\n\n"), so every line
/// becomes a paragraph of its own (blank lines between them add nothing: an empty paragraph shows as nothing in every
/// renderer); lines of a "- " list stay one list.</item>
/// <item>A line that starts with "1. " becomes a numbered list, one with "# " a heading — so "1. marts 2027" would show
/// as a shifted list item and be read as a list by screen readers. A no-break space after such a marker keeps the line
/// as the text it is and reads the same (Teams' clients disagree on backslash escapes; a no-break space is no Markdown
/// at all). Indentation becomes no-break spaces too, as four spaces would start a code block.</item>
/// <item>Inside a line, "*vigtigt*", "__x__", "~~y~~", "`z`" and "[a](b)" typed by a person would become emphasis,
/// code or a link; there no invisible character stops every client's parser, so those markers get a backslash, which
/// CommonMark (Teams on desktop and the web, and the Playground's markdown-it) shows as the character itself; so do a
/// quote's "&gt;" and a line of dashes that would draw a rule.</item>
/// </list>
/// </summary>
public static partial class TeamsMarkdown
{
    private const char NoBreakSpace = '\u00a0';

    /// <summary>Everything a card shows as text: inline markers and line starts kept literal, every line kept.</summary>
    public static string Plain(string text) => KeepLines(Literal(text));

    /// <summary>
    /// Every line of <paramref name="text"/> shown as a line of its own, each starting as the text it is (see the
    /// type's summary); blank lines only separate them.
    /// </summary>
    public static string KeepLines(string text)
    {
        if (string.IsNullOrEmpty(text) || (!text.Contains('\n') && !text.Contains('\r') && !StartsLikeMarkdown(text)))
        {
            return text;
        }

        var kept = new StringBuilder(text.Length + 16);
        var previous = LineKind.None;
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                // A blank line inside a list makes it a "loose" list, which Teams indents: the items stay one list.
                continue;
            }

            var item = ListItem().Match(line);
            var kind = item.Success && !Rule().IsMatch(line) ? LineKind.ListItem : LineKind.Text;
            if (previous != LineKind.None)
            {
                // Consecutive items of a "- " list stay one list; anything else is a paragraph of its own.
                kept.Append(kind == LineKind.ListItem && previous == LineKind.ListItem ? "\n" : "\n\n");
            }

            kept.Append(kind == LineKind.ListItem ? $"{item.Value}{LiteralStart(line[item.Length..])}" : LiteralStart(line));
            previous = kind;
        }

        return kept.ToString();
    }

    /// <summary>
    /// Escapes the inline markers (* _ ~ ` [ ]) and a backslash that would escape the next character; letters,
    /// digits, commas and hyphens stay as they are. A mention of a plain name ("&lt;at&gt;Name&lt;/at&gt;") is left
    /// whole, as Teams matches its text to the mention's entity.
    /// </summary>
    public static string Literal(string text) =>
        string.IsNullOrEmpty(text) ? text : Inline().Replace(text, m => m.Groups["mention"].Success ? m.Value : $"\\{m.Value}");

    private static bool StartsLikeMarkdown(string line) => line[0] is ' ' or '\t' or '>' or '-' or '+' or '#' || char.IsAsciiDigit(line[0]);

    /// <summary>One line (no line break in it), with what would make it a block of its own kept as text.</summary>
    private static string LiteralStart(string line)
    {
        var indent = 0;
        while (indent < line.Length && line[indent] is ' ' or '\t')
        {
            indent++;
        }

        var rest = line[indent..];
        rest = OrderedOrHeading().Replace(rest, m => $"{m.Groups["marker"].Value}{NoBreakSpace}", 1);
        if (rest.StartsWith('>') || Rule().IsMatch(rest))
        {
            rest = $"\\{rest}";
        }

        return indent == 0 ? rest : string.Concat(new string(NoBreakSpace, line[..indent].Sum(c => c == '\t' ? 4 : 1)), rest);
    }

    private enum LineKind
    {
        None,
        Text,
        ListItem,
    }

    // "12. " or "3) " (an ordered list), or "# " to "###### " (a heading); also alone on the line (an empty one).
    [GeneratedRegex(@"^(?<marker>\d{1,9}[.)]|#{1,6})(?:[ \t]|$)")]
    private static partial Regex OrderedOrHeading();

    // The marker of a "- " or "+ " list item as the person wrote it: it stays an item of a list.
    [GeneratedRegex(@"^[-+][ \t]+(?=\S)")]
    private static partial Regex ListItem();

    // A line of three dashes or more draws a rule; a dash or plus alone is an empty list item.
    [GeneratedRegex(@"^(-[ \t]*){3,}$|^[-+][ \t]*$")]
    private static partial Regex Rule();

    // A mention is matched first, so that nothing inside it is escaped — but only a plain name: "<at>" around Markdown
    // typed by a person ("<at>**Haster** [Log ind](…)</at>") is no mention and gets its markers escaped like any text.
    // A backslash only matters before punctuation.
    [GeneratedRegex(@"(?<mention><at>[^<>*~`\[\]\\]*</at>)|[*_~`\[\]]|\\(?=[!-/:-@\[-`{-~])")]
    private static partial Regex Inline();
}
