namespace CoordinatorBot.Cards.Model;

/// <summary>A text. Line starts that Teams would read as a list or a heading ("1. marts") are kept literal.</summary>
public sealed record TextBlock(string Text) : CardElement
{
    public string Text { get; init => field = TeamsMarkdown.KeepLiteralLineStarts(value); } = TeamsMarkdown.KeepLiteralLineStarts(Text);

    public bool? Wrap { get; init; } = true;
    public TextSize? Size { get; init; }
    public TextWeight? Weight { get; init; }
    public TextColor? Color { get; init; }
    public bool? IsSubtle { get; init; }
    public TextBlockStyle? Style { get; init; }
    public int? MaxLines { get; init; }
}
