namespace CoordinatorBot.Domain.Decisions;

/// <summary>The kinds of decision in OS2's decision logs.</summary>
public enum DecisionType
{
    Architecture,
    Strategic,
    Operational,

    /// <summary>A meeting's minutes put to the body (only from <c>referat</c>, never from the proposal form).</summary>
    Minutes,
}
