namespace CoordinatorBot.Domain.Decisions;

/// <summary>A rule, with an optional minimum share of the body's members who must vote (0–100 %).</summary>
public sealed record DecisionRule(RuleKind Kind, int MinimumParticipationPercent = 0)
{
    public static DecisionRule Default { get; } = new(RuleKind.SimpleMajority);

    public bool IsValid => MinimumParticipationPercent is >= 0 and <= 100;
}
