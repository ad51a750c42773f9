namespace CoordinatorBot.Cards.Common;

/// <summary>A line at the top of a card that says what just happened, or why nothing did.</summary>
public sealed record Notice(string Text, bool IsProblem);
