namespace CoordinatorBot.Cards.Common;

/// <summary>
/// A command a person may have meant by a message no command matched, with what they wrote after it.
/// </summary>
/// <param name="Shown">The words after the command's own that name it ("ferie" of »nudge ferie«), empty for most.</param>
/// <param name="Arguments">What the command runs with, as if typed after its words ("ferie 3. januar 2027").</param>
public sealed record SuggestedCommand(string CommandId, string Shown, string Arguments);
