using CoordinatorBot.Domain.Backlog;

namespace CoordinatorBot.Storage.Backlog;

/// <summary>
/// This instance's last reading of each community's backlog, for the wish list that answers a support: sixty
/// municipalities supporting in a minute need not each read the whole partition. A support written here is added
/// to the kept reading at once, any other backlog write here drops it, and what another instance wrote shows after at
/// most <see cref="Lifetime"/>. Deciding anything (is the wish open, is the support new) always reads storage.
/// </summary>
public sealed class BacklogCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    // Far more than the communities of one deployment.
    private const int Capacity = 1024;

    private readonly KeptReadings<string, BacklogSnapshot> _kept = new(time, Lifetime, Capacity, StringComparer.Ordinal);
    private readonly SharedReading<string, BacklogSnapshot> _reading = new(StringComparer.Ordinal);

    /// <summary>The kept reading if it is younger than <see cref="Lifetime"/>; else one reading for all who ask while it runs.</summary>
    public async Task<BacklogSnapshot> GetAsync(string communityId, Func<Task<BacklogSnapshot>> read, CancellationToken cancellationToken)
    {
        if (_kept.TryGet(communityId, out var kept))
        {
            return kept;
        }

        var started = time.GetUtcNow();
        var snapshot = await _reading.ReadAsync(communityId, read, cancellationToken);
        _kept.Keep(communityId, snapshot, started);
        return snapshot;
    }

    /// <summary>Adds a support just written here to the kept reading; a wish raised elsewhere since the reading drops it.</summary>
    public void Add(string communityId, WishSupport support) =>
        _kept.Change(communityId, snapshot => snapshot.Wish(support.WishNumber) is null
            ? null
            : snapshot with { Supports = [.. snapshot.Supports.Concat(WishSupports.Rehomed(snapshot.Wishes, [support]))] });

    /// <summary>Drops the kept reading after another change of the backlog made here.</summary>
    public void Forget(string communityId) => _kept.Forget(communityId);
}
