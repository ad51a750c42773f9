namespace CoordinatorBot.Cards.Model;

/// <summary>
/// A Universal Action: the bot receives an adaptiveCard/action invoke and answers with the card that replaces this one.
/// The verb is repeated in the data so that a legacy Action.Submit path reaches the same handler.
/// </summary>
public sealed record ExecuteAction(string Title, string Verb) : CardAction(Title)
{
    public IReadOnlyDictionary<string, string>? Data { get; init; }
    public AssociatedInputs? AssociatedInputs { get; init; }
}
