namespace CoordinatorBot.Domain.Backlog;

/// <summary>One acceptance criterion, ticked by the supplier when the item is delivered.</summary>
public sealed record AcceptanceCriterion(string Text, bool Met = false);
