namespace CoordinatorBot.Domain.Governance;

/// <summary>
/// What the bot's own data says about an item, for the coordinator to confirm: a suggested mark, the people or
/// municipalities it rests on, and a count (meetings held, onboardings completed) that the evidence line states.
/// </summary>
public sealed record GovernanceSuggestion(string ItemId, GovernanceMark Mark, IReadOnlyList<string> Names, int Count);
