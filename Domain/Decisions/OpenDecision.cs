namespace CoordinatorBot.Domain.Decisions;

/// <summary>
/// An open decision with who has voted on it so far: what another feature (the weekly nudge) reads to see whose vote
/// it waits for, without reading each decision's votes on its own.
/// </summary>
public sealed record OpenDecision(Decision Decision, IReadOnlySet<string> VoterIds)
{
    public bool HasVoted(string person) => VoterIds.Contains(person);
}
