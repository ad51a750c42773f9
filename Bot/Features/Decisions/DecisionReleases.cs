using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Domain.Releases;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>The releases that carried decisions out, read through the releases feature's contract (<see cref="IReleaseReadings"/>).</summary>
public sealed class DecisionReleases(IReleaseReadings releases)
{
    /// <summary>The versions that carried out one decision, oldest first.</summary>
    public async Task<IReadOnlyList<string>> CarryingOutAsync(string communityId, DecisionNumber number, CancellationToken cancellationToken) =>
        ReleaseLog.CarryingOut(await releases.ListAsync(communityId, cancellationToken), number.ToString());

    /// <summary>Every decision's versions at once, for the export's pages: one read of the releases.</summary>
    public async Task<Func<DecisionNumber, IReadOnlyList<string>>> AllAsync(string communityId, CancellationToken cancellationToken)
    {
        var all = await releases.ListAsync(communityId, cancellationToken);
        return number => ReleaseLog.CarryingOut(all, number.ToString());
    }
}
