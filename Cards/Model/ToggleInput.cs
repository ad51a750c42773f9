namespace CoordinatorBot.Cards.Model;

public sealed record ToggleInput(string Label, string Title) : Input(Label)
{
    public string? Value { get; init; }
    public string? ValueOn { get; init; }
    public string? ValueOff { get; init; }
}
