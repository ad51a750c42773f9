using CoordinatorBot.Domain.Releases;
using CoordinatorBot.Storage.Releases;

namespace CoordinatorBot.Bot.Features.Releases;

/// <summary>The releases feature's answer to what other features read of its releases (<see cref="IReleaseReadings"/>).</summary>
public sealed class ReleaseReadings(ReleaseStore store) : IReleaseReadings
{
    public async Task<Release?> LatestAsync(string communityId, CancellationToken cancellationToken) =>
        (await store.ListAsync(communityId, cancellationToken)).FirstOrDefault();

    public Task<IReadOnlyList<Release>> ListAsync(string communityId, CancellationToken cancellationToken) =>
        store.ListAsync(communityId, cancellationToken);
}
