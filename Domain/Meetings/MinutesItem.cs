using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Domain.Meetings;

/// <summary>The minutes of one agenda item: what was said, and the decisions taken there (their B-numbers).</summary>
public sealed record MinutesItem(string Heading, string Text, IReadOnlyList<DecisionNumber> Decisions);
