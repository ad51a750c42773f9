namespace CoordinatorBot.Storage.Tables;

/// <summary>
/// How long one table call of the work in hand may take, retries included. A turn sets it when it starts, so that a
/// storage outage is answered within a bound Teams waits for (the turn's first call gives up); what is not a turn
/// (jobs, the outbox, start-up) has no budget and the client's own limits apply. It flows with the turn's async calls,
/// not into background work.
/// </summary>
public sealed class StorageBudget
{
    private readonly AsyncLocal<TimeSpan?> _perCall = new();

    /// <summary>Starts a budget for the calling flow; disposing the result ends it.</summary>
    public Scope Begin(TimeSpan perCall)
    {
        var previous = _perCall.Value;
        _perCall.Value = perCall;
        return new Scope(this, previous);
    }

    /// <summary>The time one call may take in this flow, or null when the flow has no budget.</summary>
    public TimeSpan? PerCall => _perCall.Value;

    public readonly struct Scope(StorageBudget budget, TimeSpan? previous) : IDisposable
    {
        public void Dispose() => budget._perCall.Value = previous;
    }
}
