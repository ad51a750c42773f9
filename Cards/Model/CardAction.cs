using System.Text.Json.Serialization;

namespace CoordinatorBot.Cards.Model;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
public abstract record CardAction(string Title)
{
    public string? Id { get; init; }
}

/// <summary>
/// A Universal Action: the bot receives an adaptiveCard/action invoke and answers with the card that replaces this one.
/// The verb is repeated in the data so that a legacy Action.Submit path reaches the same handler.
/// </summary>
public sealed record ExecuteAction(string Title, string Verb) : CardAction(Title)
{
    public IReadOnlyDictionary<string, string>? Data { get; init; }
    public AssociatedInputs? AssociatedInputs { get; init; }
}

public sealed record SubmitAction(string Title) : CardAction(Title)
{
    public IReadOnlyDictionary<string, string>? Data { get; init; }
    public AssociatedInputs? AssociatedInputs { get; init; }
}

public sealed record OpenUrlAction(string Title, Uri Url) : CardAction(Title);

public sealed record ShowCardAction(string Title, AdaptiveCard Card) : CardAction(Title);
