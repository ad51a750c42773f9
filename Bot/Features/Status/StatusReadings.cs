using CoordinatorBot.Domain.Status;
using CoordinatorBot.Storage.Status;

namespace CoordinatorBot.Bot.Features.Status;

/// <summary>The status feature's answer to what other features read of its reports (<see cref="IStatusReadings"/>).</summary>
public sealed class StatusReadings(StatusStore store, GovernanceStore governance) : IStatusReadings
{
    public async Task<StatusReport?> LatestAsync(string communityId, CancellationToken cancellationToken) =>
        (await store.ListAsync(communityId, cancellationToken)).Where(r => r.IsPublished).MaxBy(r => r.PublishedAt);

    public Task<GovernanceReport> GovernanceAsync(string communityId, CancellationToken cancellationToken) =>
        governance.GovernanceAsync(communityId, cancellationToken);
}
