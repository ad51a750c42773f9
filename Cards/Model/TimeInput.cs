namespace CoordinatorBot.Cards.Model;

/// <summary>A time input; values are "HH:mm".</summary>
public sealed record TimeInput(string Label) : Input(Label)
{
    public string? Value { get; init; }
    public string? Min { get; init; }
    public string? Max { get; init; }
}
