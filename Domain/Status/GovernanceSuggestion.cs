namespace CoordinatorBot.Domain.Status;

/// <summary>
/// What the bot's own data says about an item, for the coordinator to confirm: a suggested mark, the people or
/// municipalities it rests on, and a count (meetings held, onboardings completed) that the evidence line states.
/// </summary>
public sealed record GovernanceSuggestion(string ItemId, GovernanceMark Mark, IReadOnlyList<string> Names, int Count)
{
    /// <summary>
    /// The names are people's (the holders of a role), which evidence gives as a number: an evidence line is published
    /// in the export and kept after a person's erasure, and the roles card names them anyway.
    /// </summary>
    public bool NamesPeople => ItemId is "G2" or "G3" or "G6" or "G7";
}
