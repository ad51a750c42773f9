using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Storage.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>The decisions feature's answer to what other features read of its decisions (<see cref="IDecisionReadings"/>).</summary>
public sealed class DecisionReadings(DecisionStore store) : IDecisionReadings
{
    public Task<IReadOnlyList<Decision>> ListAsync(string communityId, CancellationToken cancellationToken) =>
        store.ListAsync(communityId, cancellationToken);

    public Task<Decision?> GetAsync(string communityId, DecisionNumber number, CancellationToken cancellationToken) =>
        store.GetAsync(communityId, number, cancellationToken);

    public Task<IReadOnlyList<OpenDecision>> OpenAsync(string communityId, CancellationToken cancellationToken) =>
        store.OpenAsync(communityId, cancellationToken);
}
