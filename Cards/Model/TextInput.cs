namespace CoordinatorBot.Cards.Model;

public sealed record TextInput(string Label) : Input(Label)
{
    public string? Value { get; init; }
    public string? Placeholder { get; init; }
    public bool? IsMultiline { get; init; }
    public int? MaxLength { get; init; }
    public string? Regex { get; init; }
}
