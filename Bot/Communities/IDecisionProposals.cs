using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// Proposing a decision from another feature (the backlog's "Send til styregruppen"), without knowing the decisions
/// feature that implements it: features do not use each other.
/// </summary>
public interface IDecisionProposals
{
    /// <summary>Numbers, stores and posts the proposal as a person proposing it would; its number.</summary>
    Task<DecisionNumber> ProposeAsync(Community community, IReadOnlyList<Member> members, string actorId, string actorName, DecisionDraft draft,
        CancellationToken cancellationToken);
}
