namespace CoordinatorBot.Cards.Model;

public sealed record TextBlock(string Text) : CardElement
{
    public bool? Wrap { get; init; } = true;
    public TextSize? Size { get; init; }
    public TextWeight? Weight { get; init; }
    public TextColor? Color { get; init; }
    public bool? IsSubtle { get; init; }
    public TextBlockStyle? Style { get; init; }
    public int? MaxLines { get; init; }
}
