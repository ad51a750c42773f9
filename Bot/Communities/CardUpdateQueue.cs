using System.Collections.Concurrent;
using System.Threading.Channels;

namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// Shared cards whose message in the channel should be replaced. A card asked for while it already waits is not queued
/// again, so fifty presses in a second make a handful of updates, not fifty: Teams allows 7 sends a second in a thread.
/// </summary>
public class CardUpdateQueue<TKey> where TKey : notnull
{
    private readonly Channel<TKey> _queue = Channel.CreateUnbounded<TKey>();
    private readonly ConcurrentDictionary<TKey, byte> _waiting = new();
    private int _inFlight;

    public void Request(TKey key)
    {
        if (_waiting.TryAdd(key, 0))
        {
            Interlocked.Increment(ref _inFlight);
            _queue.Writer.TryWrite(key);
        }
    }

    /// <summary>True when no update waits or runs (tests wait for this).</summary>
    public bool IsIdle => Volatile.Read(ref _inFlight) == 0;

    /// <summary>The next card asked for, when one is.</summary>
    public bool TryTake(out TKey key) => _queue.Reader.TryRead(out key!);

    /// <summary>Completes when a card is asked for (or at once when one is).</summary>
    public Task WaitAsync(CancellationToken cancellationToken) => _queue.Reader.WaitToReadAsync(cancellationToken).AsTask();

    /// <summary>From now on a new request for the card queues it again: its update starts.</summary>
    public void Started(TKey key) => _waiting.TryRemove(key, out _);

    public void Finished() => Interlocked.Decrement(ref _inFlight);
}
