namespace CoordinatorBot.Cards.Model;

public sealed record ChoiceSetInput(string Label, IReadOnlyList<Choice> Choices) : Input(Label)
{
    public string? Value { get; init; }
    public ChoiceSetStyle? Style { get; init; }
    public bool? IsMultiSelect { get; init; }
}
