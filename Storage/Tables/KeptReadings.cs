using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace CoordinatorBot.Storage.Tables;

/// <summary>
/// This instance's recent readings by key, each kept for <paramref name="lifetime"/> from when it was read: what a
/// cache keeps, and no more than <paramref name="capacity"/> of them (past it the expired go, then all). A reading
/// older than its lifetime is never given out and goes when asked for: it may name people who have since been erased.
/// </summary>
public sealed class KeptReadings<TKey, TValue>(TimeProvider time, TimeSpan lifetime, int capacity, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
    where TValue : class
{
    private readonly ConcurrentDictionary<TKey, Kept> _kept = new(comparer);

    /// <summary>The kept reading of <paramref name="key"/>, if it is younger than the lifetime.</summary>
    public bool TryGet(TKey key, [NotNullWhen(true)] out TValue? value)
    {
        value = null;
        if (!_kept.TryGetValue(key, out var kept))
        {
            return false;
        }

        if (time.GetUtcNow() - kept.At < lifetime)
        {
            value = kept.Value;
            return true;
        }

        _kept.TryRemove(KeyValuePair.Create(key, kept));
        return false;
    }

    /// <summary>Keeps a reading that started at <paramref name="readAt"/> (what was written after that may be missing from it).</summary>
    public void Keep(TKey key, TValue value, DateTimeOffset readAt)
    {
        if (_kept.Count >= capacity)
        {
            Trim();
        }

        _kept[key] = new Kept(value, readAt);
    }

    /// <summary>
    /// Changes a kept reading by what this instance has just written; it keeps its age, since the rest of it is no newer.
    /// <paramref name="change"/> returns the reading unchanged to leave it, or null to drop it.
    /// </summary>
    public void Change(TKey key, Func<TValue, TValue?> change)
    {
        while (_kept.TryGetValue(key, out var kept))
        {
            var next = change(kept.Value);
            if (next is null)
            {
                _kept.TryRemove(KeyValuePair.Create(key, kept));
                return;
            }

            if (ReferenceEquals(next, kept.Value) || _kept.TryUpdate(key, kept with { Value = next }, kept))
            {
                return;
            }
        }
    }

    /// <summary>Drops the kept reading of <paramref name="key"/> (this instance changed what it read).</summary>
    public void Forget(TKey key) => _kept.TryRemove(key, out _);

    /// <summary>Drops every kept reading.</summary>
    public void Clear() => _kept.Clear();

    private void Trim()
    {
        var now = time.GetUtcNow();
        foreach (var (key, kept) in _kept)
        {
            if (now - kept.At >= lifetime)
            {
                _kept.TryRemove(KeyValuePair.Create(key, kept));
            }
        }

        if (_kept.Count >= capacity)
        {
            _kept.Clear();
        }
    }

    private sealed record Kept(TValue Value, DateTimeOffset At);
}
