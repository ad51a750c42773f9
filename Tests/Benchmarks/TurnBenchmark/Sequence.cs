namespace CoordinatorBot.Benchmarks;

/// <summary>Numbers a turn's presses: one count over all workers, and one per worker (a person pressing again).</summary>
internal sealed class Sequence
{
    private readonly Dictionary<int, int> _perWorker = [];
    private int _next;

    /// <summary>The next press over all workers.</summary>
    public int Next() => Interlocked.Increment(ref _next) - 1;

    /// <summary>The next press of this worker.</summary>
    public int NextOf(int worker)
    {
        lock (_perWorker)
        {
            var n = _perWorker.GetValueOrDefault(worker);
            _perWorker[worker] = n + 1;
            return n;
        }
    }
}
