using CoordinatorBot.Bot.Communities;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Storage.Communities;
using CoordinatorBot.Storage.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>Reads what a decision card shows, and what the person looking at it may do.</summary>
public sealed class DecisionViews(MemberStore members, DecisionStore decisions)
{
    public async Task<DecisionView> ViewAsync(Community community, Decision decision, CancellationToken cancellationToken)
    {
        var all = await members.ListAsync(community.Id, cancellationToken);
        var votes = await decisions.VotesAsync(community.Id, decision.Number, cancellationToken);
        return new DecisionView(decision, votes, decision.Draft.Body.MembersOf(all), community.Zone());
    }

    /// <summary>What this person may do with the decision, and their own vote.</summary>
    public async Task<DecisionViewer> ViewerAsync(Community community, DecisionView view, string? actorId,
        CancellationToken cancellationToken)
    {
        var actor = string.IsNullOrEmpty(actorId) ? null : await members.GetAsync(community.Id, actorId, cancellationToken);
        var open = view.Decision.IsOpen;
        var canVote = open && actor?.Holds(view.Decision.Draft.Body.Role()) == true;
        var canClose = open && actorId is not null && (actor?.Holds(Role.Coordinator) == true || view.Decision.ProposerId == actorId);
        return new DecisionViewer(view.Votes.FirstOrDefault(v => v.VoterId == actorId), canVote, canClose);
    }

    /// <summary>Whether the person is a member of the body that decides: who may vote.</summary>
    public async Task<bool> IsMemberOfBodyAsync(Community community, Decision decision, string? actorId,
        CancellationToken cancellationToken) =>
        !string.IsNullOrEmpty(actorId) &&
        (await members.GetAsync(community.Id, actorId, cancellationToken))?.Holds(decision.Draft.Body.Role()) == true;
}
