using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>Proposals from other features go the way a person's proposal goes.</summary>
public sealed class DecisionProposals(DecisionService decisions) : IDecisionProposals
{
    public async Task<DecisionNumber> ProposeAsync(Community community, IReadOnlyList<Member> members, string actorId, string actorName,
        DecisionDraft draft, CancellationToken cancellationToken) =>
        (await decisions.ProposeAsync(community, members, actorId, actorName, draft, cancellationToken)).Decision.Number;
}
