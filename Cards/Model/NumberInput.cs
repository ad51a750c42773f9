namespace CoordinatorBot.Cards.Model;

public sealed record NumberInput(string Label) : Input(Label)
{
    public decimal? Value { get; init; }
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }
}
