using CoordinatorBot.Storage.Tables;

namespace CoordinatorBot.Bot.Features.Status;

/// <summary>
/// This instance's last reading of each community's <see cref="GovernanceFacts"/>, for the card shown after each mark:
/// a coordinator going through the checklist need not have the onboardings and meetings read again for every item.
/// Opening the card reads anew and keeps what it read; what changed since shows after at most <see cref="Lifetime"/>;
/// taking the suggestions as marks always reads anew.
/// </summary>
public sealed class GovernanceFactsCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    // Far more than the communities of one deployment.
    private const int Capacity = 1024;

    private readonly KeptReadings<string, GovernanceFacts> _kept = new(time, Lifetime, Capacity, StringComparer.Ordinal);

    /// <summary>The kept reading if it is younger than <see cref="Lifetime"/>; else <paramref name="read"/>'s, kept.</summary>
    public async Task<GovernanceFacts> GetAsync(string communityId, Func<Task<GovernanceFacts>> read) =>
        _kept.TryGet(communityId, out var kept) ? kept : Keep(communityId, await read());

    /// <summary>Keeps a reading just made.</summary>
    public GovernanceFacts Keep(string communityId, GovernanceFacts facts)
    {
        _kept.Keep(communityId, facts, time.GetUtcNow());
        return facts;
    }
}
