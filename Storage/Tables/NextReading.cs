namespace CoordinatorBot.Storage.Tables;

/// <summary>
/// A reading that begins after it is asked for, shared: who asks for a key while its reading runs waits for the next
/// one, which begins when that one ends and serves everyone who asked meanwhile. So each caller's reading holds what
/// the caller wrote before asking (unlike <see cref="SharedReading{TKey,TValue}"/>, which joins a reading already under
/// way), and many people answering at once on one card make one reading at a time, not one each.
/// </summary>
public sealed class NextReading<TKey, TValue>(Func<TKey, CancellationToken, Task<TValue>> read, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly Lock _lock = new();

    // A key is here while its reading runs; the value is the source of the next one, once someone waits for it.
    private readonly Dictionary<TKey, TaskCompletionSource<TValue>?> _running = new(comparer);

    public Task<TValue> ReadAsync(TKey key, CancellationToken cancellationToken)
    {
        TaskCompletionSource<TValue> source;
        lock (_lock)
        {
            if (_running.TryGetValue(key, out var next))
            {
                // The running reading began before this call and may miss what the caller just wrote.
                source = next ?? NewSource();
                _running[key] = source;
                return source.Task.WaitAsync(cancellationToken);
            }

            source = NewSource();
            _running[key] = null;
        }

        _ = RunAsync(key, source);
        return source.Task.WaitAsync(cancellationToken);
    }

    private async Task RunAsync(TKey key, TaskCompletionSource<TValue> source)
    {
        while (true)
        {
            try
            {
                // Not one caller's token: the others wait for it too. The storage budget bounds it.
                source.SetResult(await read(key, CancellationToken.None));
            }
            catch (Exception e)
            {
                source.SetException(e);
            }

            lock (_lock)
            {
                if (_running[key] is not { } next)
                {
                    _running.Remove(key);
                    return;
                }

                source = next;
                _running[key] = null;
            }
        }
    }

    private static TaskCompletionSource<TValue> NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
