namespace CoordinatorBot.Cards.Model;

public sealed record SubmitAction(string Title) : CardAction(Title)
{
    public IReadOnlyDictionary<string, string>? Data { get; init; }
    public AssociatedInputs? AssociatedInputs { get; init; }
}
