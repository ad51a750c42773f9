using System.Collections.Concurrent;

namespace CoordinatorBot.Storage.Tables;

/// <summary>
/// One reading for everyone who asks for the same key while it runs: many people pressing at once on one card make one
/// query, not one each. Nothing is kept after the reading ends; keeping it is the caller's (a cache's) choice.
/// </summary>
public sealed class SharedReading<TKey, TValue>(IEqualityComparer<TKey>? comparer = null) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Lazy<Task<TValue>>> _reading = new(comparer);

    /// <summary>The running reading of <paramref name="key"/>, or <paramref name="read"/> started for all who ask while it runs.</summary>
    public async Task<TValue> ReadAsync(TKey key, Func<Task<TValue>> read, CancellationToken cancellationToken)
    {
        var reading = _reading.GetOrAdd(key, static (_, read) => new Lazy<Task<TValue>>(read), read);
        try
        {
            return await reading.Value.WaitAsync(cancellationToken);
        }
        finally
        {
            _reading.TryRemove(KeyValuePair.Create(key, reading));
        }
    }
}
