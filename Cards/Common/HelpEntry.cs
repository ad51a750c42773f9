namespace CoordinatorBot.Cards.Common;

/// <summary>A command the person may use; <see cref="HasButton"/> when it can run without typed arguments.</summary>
public sealed record HelpEntry(string CommandId, bool HasButton = true);
