namespace CoordinatorBot.Bot.Conversation;

/// <summary>
/// The result of reading a message: the command (null when none matched), the rest of the text as its arguments,
/// the language of the words used (null when they are the same in both), and the closest commands (with the rest of the message) when none matched.
/// </summary>
public sealed record CommandMatch(string? CommandId, string Arguments, Language? Language, IReadOnlyList<SuggestedCommand> Suggestions);
