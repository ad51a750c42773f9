using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Storage.Decisions;

/// <summary>
/// This instance's last reading of recently used decisions with their votes, so that a vote needs no query: the
/// record's ETag is read each time (a closed or changed decision is never taken from here), and every vote row is
/// written over the ETag it was read with, so a vote changed elsewhere makes the write fail and the decision is read
/// again. What may be older than storage is the other people's votes, for showing them: at most <see cref="Lifetime"/>,
/// and every full reading (the shared card's update after each vote) renews them.
/// </summary>
public sealed class DecisionCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    // Far more than the decisions open at once in all communities.
    private const int Capacity = 2048;

    private readonly KeptReadings<(string, DecisionNumber), StoredDecision> _kept = new(time, Lifetime, Capacity);
    private readonly SharedReading<(string, DecisionNumber), StoredDecision?> _reading = new();

    /// <summary>The decision as last read or written here, if that was within <see cref="Lifetime"/>.</summary>
    public StoredDecision? Get(string communityId, DecisionNumber number) =>
        _kept.TryGet((communityId, number), out var stored) ? stored with { Cached = true } : null;

    /// <summary>
    /// One full reading for everyone who asks while it runs: sixteen members pressing at once on a card just posted make
    /// one query, not sixteen. What it gives counts as cached (it may have started before the caller asked).
    /// </summary>
    public async Task<StoredDecision?> ReadOnceAsync(string communityId, DecisionNumber number, Func<Task<StoredDecision?>> read,
        CancellationToken cancellationToken) =>
        await _reading.ReadAsync((communityId, number), read, cancellationToken) is { } stored ? stored with { Cached = true } : null;

    /// <summary>Keeps a full reading (the record and every current vote).</summary>
    public void Put(string communityId, StoredDecision stored) =>
        _kept.Keep((communityId, stored.Decision.Number), stored with { History = [], Cached = false }, time.GetUtcNow());

    /// <summary>
    /// Adds a vote this instance has just written, with the row's new ETag, to a kept reading of the same record; the
    /// reading keeps its age, since the other votes in it are no newer for this one.
    /// </summary>
    internal void Apply(string communityId, DecisionNumber number, ETag record, VoteRow row) =>
        _kept.Change((communityId, number), stored => stored.ETag == record ? With(stored, row) : stored);

    /// <summary>Forgets a decision whose record this instance has changed (read it again next time).</summary>
    public void Forget(string communityId, DecisionNumber number) => _kept.Forget((communityId, number));

    /// <summary>Forgets everything (after a person's data was erased: no reading here names them any more).</summary>
    public void Clear() => _kept.Clear();

    private static StoredDecision With(StoredDecision stored, VoteRow row)
    {
        var rows = new Dictionary<string, VoteRow>(stored.VoteRows, StringComparer.Ordinal) { [row.Current.VoterId] = row };
        return stored with { Votes = [.. rows.Values.Select(v => v.Current)], VoteRows = rows };
    }
}
