namespace CoordinatorBot.Cards.Model;

/// <summary>
/// A text, shown as the characters it holds and with the lines it has: Markdown markers in it ("*vigtigt*", "[a](b)",
/// "1. marts") are kept literal and every line break stays one (see <see cref="TeamsMarkdown"/>). A composer that wants bold from Markdown says so with <see cref="Markdown"/>, where only the template's
/// own markers count and every value put into it is kept literal.
/// </summary>
public sealed record TextBlock : CardElement
{
    private readonly string _text = string.Empty;

    public TextBlock(string text) => Text = text;

    private TextBlock(CardMarkdown markdown) => _text = TeamsMarkdown.KeepLines(markdown.ToStringAndClear());

    /// <summary>The template's Markdown ("**{name}** · {title}") with the values in it escaped.</summary>
    public static TextBlock Markdown(CardMarkdown markdown) => new(markdown);

    public string Text { get => _text; init => _text = TeamsMarkdown.Plain(value); }

    public bool? Wrap { get; init; } = true;
    public TextSize? Size { get; init; }
    public TextWeight? Weight { get; init; }
    public TextColor? Color { get; init; }
    public bool? IsSubtle { get; init; }
    public TextBlockStyle? Style { get; init; }
    public int? MaxLines { get; init; }
}
