using System.Text.RegularExpressions;

namespace CoordinatorBot.Cards.Common;

/// <summary>
/// Text from people made inert for a just-the-docs (Jekyll) page, whatever it holds. Jekyll runs Liquid over the whole
/// page before kramdown turns it into HTML, and kramdown passes raw HTML through; so every character that could start a
/// Liquid tag, an HTML tag or a kramdown extension is written as an entity or a backslash escape, which both render as
/// the character itself. Wrapping in <c>{% raw %}</c> is not enough: a text holding <c>{% endraw %}</c> would end it.
/// Ordinary prose (æøå, quotes, "1. marts") keeps its characters and reads as written.
/// </summary>
public static partial class MarkdownText
{
    /// <summary>Text on one line: a table cell, a list item, a heading. Line breaks become spaces.</summary>
    public static string Inline(string? text)
    {
        var builder = new StringBuilder();
        foreach (var c in Clean(text).ReplaceLineEndings(" "))
        {
            Append(builder, c);
        }

        return builder.ToString().Trim();
    }

    /// <summary>
    /// A block of paragraphs, e.g. a decision's context. Its own line breaks are kept (as hard breaks); no line can
    /// become a heading, a rule, a setext underline, a code block or fence, an ordered list or a definition.
    /// </summary>
    public static string Block(string? text)
    {
        var lines = Clean(text).ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).ToList();
        var result = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = Line(lines[i]);
            result.Append(line);
            if (i + 1 < lines.Count)
            {
                // Two spaces make a line break inside a paragraph; an empty line still starts a new paragraph.
                result.Append(line.Length > 0 && lines[i + 1].Length > 0 ? "  \n" : "\n");
            }
        }

        return result.ToString().Trim('\n');
    }

    /// <summary>
    /// A front matter value: a YAML double-quoted string on one line. HTML and Liquid characters are written as
    /// entities too, because themes print the title into navigation HTML without escaping it.
    /// </summary>
    public static string Yaml(string? text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in Clean(text).ReplaceLineEndings(" "))
        {
            builder.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                _ => Entity(c) ?? c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    private static string Line(string line)
    {
        if (line.Length == 0)
        {
            return line;
        }

        var builder = new StringBuilder();
        foreach (var c in line)
        {
            Append(builder, c);
        }

        var escaped = builder.ToString();
        return escaped[0] switch
        {
            // "# x" would be a heading; ": x" a definition; "~~~" a code fence (~ has no backslash escape in kramdown).
            '#' or ':' => $"\\{escaped}",
            '~' => $"&#126;{escaped[1..]}",
            // "---", "***", "___" are rules, "===" and "---" underline the line above into a heading.
            '-' or '*' or '_' or '=' or '+' when RuleLine().IsMatch(escaped) => $"\\{escaped}",
            // "1. marts" at the start of a line would be an ordered list; the escaped dot reads the same.
            _ when OrderedListMarker().Match(escaped) is { Success: true } m => $"{m.Groups[1].Value}\\{escaped[m.Groups[1].Length..]}",
            _ => escaped,
        };
    }

    private static void Append(StringBuilder builder, char c)
    {
        if (Entity(c) is { } entity)
        {
            builder.Append(entity);
        }
        else if (c is '\\' or '|' or '[' or ']' or '`' or '$')
        {
            // Backslash escapes (kramdown renders the character): no table cell split, link, image, footnote, code
            // span or math from data.
            builder.Append('\\').Append(c);
        }
        else
        {
            builder.Append(c);
        }
    }

    // Liquid starts at "{{" and "{%", kramdown's extensions and attribute lists at "{:", HTML at "<".
    private static string? Entity(char c) => c switch
    {
        '<' => "&lt;",
        '>' => "&gt;",
        '{' => "&#123;",
        '}' => "&#125;",
        _ => null,
    };

    /// <summary>Control characters become spaces; a lone surrogate, which YAML and UTF-8 cannot carry, U+FFFD.</summary>
    private static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                builder.Append('\uFFFD');
            }
            else if (c is '\n' or '\r')
            {
                builder.Append(c);
            }
            else if (char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^[-*_=+](\s*[-*_=+])*\s*$")]
    private static partial Regex RuleLine();

    [GeneratedRegex(@"^(\d+)[.)](\s|$)")]
    private static partial Regex OrderedListMarker();
}
