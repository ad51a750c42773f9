namespace CoordinatorBot.Domain.Decisions;

/// <summary>The kinds of decision in OS2's decision logs.</summary>
public enum DecisionType
{
    Architecture,
    Strategic,
    Operational,
}
