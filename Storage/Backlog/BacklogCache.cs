using System.Collections.Concurrent;
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

    // Far more than the communities of one deployment; past it, all go.
    private const int Capacity = 1024;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly SharedReading<string, BacklogSnapshot> _reading = new(StringComparer.Ordinal);

    /// <summary>The kept reading if it is younger than <see cref="Lifetime"/>; else one reading for all who ask while it runs.</summary>
    public async Task<BacklogSnapshot> GetAsync(string communityId, Func<Task<BacklogSnapshot>> read, CancellationToken cancellationToken)
    {
        if (_entries.TryGetValue(communityId, out var kept) && time.GetUtcNow() - kept.At < Lifetime)
        {
            return kept.Snapshot;
        }

        var started = time.GetUtcNow();
        var snapshot = await _reading.ReadAsync(communityId, read, cancellationToken);
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        _entries[communityId] = new Entry(snapshot, started);
        return snapshot;
    }

    /// <summary>Adds a support just written here to the kept reading, which keeps its age.</summary>
    public void Add(string communityId, WishSupport support)
    {
        while (_entries.TryGetValue(communityId, out var entry))
        {
            if (entry.Snapshot.Wish(support.WishNumber) is null)
            {
                // A wish raised elsewhere since the reading: read again next time.
                _entries.TryRemove(KeyValuePair.Create(communityId, entry));
                return;
            }

            var supports = entry.Snapshot.Supports.Concat(WishSupports.Rehomed(entry.Snapshot.Wishes, [support])).ToList();
            if (_entries.TryUpdate(communityId, entry with { Snapshot = entry.Snapshot with { Supports = supports } }, entry))
            {
                return;
            }
        }
    }

    /// <summary>Drops the kept reading after another change of the backlog made here.</summary>
    public void Forget(string communityId) => _entries.TryRemove(communityId, out _);

    private sealed record Entry(BacklogSnapshot Snapshot, DateTimeOffset At);
}
