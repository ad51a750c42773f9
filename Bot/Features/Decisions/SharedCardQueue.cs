using System.Collections.Concurrent;
using System.Threading.Channels;
using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>
/// Decisions whose shared card should be replaced. A decision asked for while it already waits is not queued again,
/// so fifty votes in a second make a handful of updates, not fifty.
/// </summary>
public sealed class SharedCardQueue
{
    private readonly Channel<(string CommunityId, DecisionNumber Number)> _queue = Channel.CreateUnbounded<(string, DecisionNumber)>();
    private readonly ConcurrentDictionary<(string, DecisionNumber), byte> _waiting = new();
    private int _inFlight;

    public void Request(string communityId, DecisionNumber number)
    {
        if (_waiting.TryAdd((communityId, number), 0))
        {
            Interlocked.Increment(ref _inFlight);
            _queue.Writer.TryWrite((communityId, number));
        }
    }

    /// <summary>True when no update waits or runs (tests wait for this).</summary>
    public bool IsIdle => Volatile.Read(ref _inFlight) == 0;

    public IAsyncEnumerable<(string CommunityId, DecisionNumber Number)> ReadAllAsync(CancellationToken cancellationToken) =>
        _queue.Reader.ReadAllAsync(cancellationToken);

    /// <summary>From now on a new request for the decision queues it again: its update starts.</summary>
    public void Started(string communityId, DecisionNumber number) => _waiting.TryRemove((communityId, number), out _);

    public void Finished() => Interlocked.Decrement(ref _inFlight);
}
