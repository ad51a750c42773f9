namespace CoordinatorBot.Domain.People;

/// <summary>
/// One fact the bot holds about a person, for the readable summary of "mine data": what it is about, in which
/// community (its id; none for what is the person's alone), when, and its values as <see cref="PersonalFact"/> lists them.
/// </summary>
public sealed record PersonalEntry(PersonalTopic Topic, PersonalFact Fact, string? Community, DateTimeOffset? At, IReadOnlyList<object?> Args);
