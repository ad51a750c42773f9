namespace CoordinatorBot.Cards.Model;

/// <summary>
/// Asks the listed users' clients (Teams user ids, "29:..."; at most 60) to fetch their own view of the card with
/// an Action.Execute. An empty list means no automatic refresh.
/// </summary>
public sealed record Refresh(CardAction Action, IReadOnlyList<string> UserIds)
{
    public const int MaxUserIds = 60;

    // Typed as the base so that the JSON carries its "type"; only Action.Execute is allowed here.
    public CardAction Action { get; } = Action is ExecuteAction
        ? Action
        : throw new ArgumentException("A card refreshes only with an Action.Execute.", nameof(Action));

    public IReadOnlyList<string> UserIds { get; } = UserIds.Count <= MaxUserIds
        ? UserIds
        : throw new ArgumentException($"At most {MaxUserIds} users can refresh a card automatically.", nameof(UserIds));
}
