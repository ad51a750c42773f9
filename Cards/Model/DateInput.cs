namespace CoordinatorBot.Cards.Model;

/// <summary>A date input; values are "yyyy-MM-dd".</summary>
public sealed record DateInput(string Label) : Input(Label)
{
    public string? Value { get; init; }
    public string? Min { get; init; }
    public string? Max { get; init; }
}
