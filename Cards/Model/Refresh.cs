namespace CoordinatorBot.Cards.Model;

/// <summary>
/// Asks the listed users' clients (Teams user ids, "29:..."; at most 60) to fetch their own view of the card with
/// <see cref="Action"/>. An empty list means no automatic refresh.
/// </summary>
public sealed record Refresh(ExecuteAction Action, IReadOnlyList<string> UserIds)
{
    public const int MaxUserIds = 60;
}
