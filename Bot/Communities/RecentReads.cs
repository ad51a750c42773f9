using System.Collections.Concurrent;

namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// What this instance read per key (a community, a person) and when: a reading younger than <c>keepFor</c> serves again
/// instead of the store, so that what changes seldom is not read on every turn. What this instance changes itself it
/// keeps (<see cref="Keep"/>) or forgets (<see cref="Forget"/>), so it never answers from before its own change.
/// </summary>
public sealed class RecentReads<T>(TimeProvider time, Func<TimeSpan> keepFor)
{
    private readonly ConcurrentDictionary<string, (DateTimeOffset ReadAt, T Value)> _reads = new(StringComparer.Ordinal);

    /// <summary>The keys read so far (a snapshot).</summary>
    public IEnumerable<string> Keys => _reads.Keys;

    public async Task<T> GetAsync(string key, Func<Task<T>> read)
    {
        var now = time.GetUtcNow();
        if (_reads.TryGetValue(key, out var kept) && now - kept.ReadAt < keepFor())
        {
            return kept.Value;
        }

        var value = await read();
        _reads[key] = (now, value);
        return value;
    }

    /// <summary>Keeps what this instance has just saved or corrected, as read now.</summary>
    public void Keep(string key, T value) => _reads[key] = (time.GetUtcNow(), value);

    public void Forget(string key) => _reads.TryRemove(key, out _);
}
