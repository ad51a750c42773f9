namespace CoordinatorBot.Cards.Common;

/// <summary>A part of a weekly nudge that another feature adds: a heading and its lines.</summary>
public sealed record NudgeSection(string Heading, IReadOnlyList<string> Lines);
