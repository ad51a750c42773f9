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

    // A key is here while its reading runs; the value is the next reading, once someone waits for it.
    private readonly Dictionary<TKey, Batch?> _running = new(comparer);

    public Task<TValue> ReadAsync(TKey key, CancellationToken cancellationToken)
    {
        TaskCompletionSource<TValue> source;
        lock (_lock)
        {
            if (_running.TryGetValue(key, out var next))
            {
                // The running reading began before this call and may miss what the caller just wrote.
                next ??= new Batch(NewSource(), ExecutionContext.Capture());
                _running[key] = next;
                return next.Source.Task.WaitAsync(cancellationToken);
            }

            source = NewSource();
            _running[key] = null;
        }

        _ = RunAsync(key, new Batch(source, null));
        return source.Task.WaitAsync(cancellationToken);
    }

    private async Task RunAsync(TKey key, Batch batch)
    {
        while (true)
        {
            try
            {
                batch.Source.SetResult(await ReadIn(batch.Context, key));
            }
            catch (Exception e)
            {
                batch.Source.SetException(e);
                // Seen, even when every caller of this reading has given up waiting.
                _ = batch.Source.Task.Exception;
            }

            lock (_lock)
            {
                if (_running[key] is not { } next)
                {
                    _running.Remove(key);
                    return;
                }

                batch = next;
                _running[key] = null;
            }
        }
    }

    /// <summary>
    /// Starts the reading in the flow of the first caller who waits for it (their storage budget, their turn's trace),
    /// not in that of whoever started the readings of this key; not one caller's token, as the others wait for it too.
    /// </summary>
    private Task<TValue> ReadIn(ExecutionContext? context, TKey key)
    {
        if (context is null)
        {
            return read(key, CancellationToken.None);
        }

        Task<TValue>? reading = null;
        ExecutionContext.Run(context, _ => reading = read(key, CancellationToken.None), null);
        return reading!;
    }

    private static TaskCompletionSource<TValue> NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>One reading and the flow it runs in (null: the current one).</summary>
    private sealed record Batch(TaskCompletionSource<TValue> Source, ExecutionContext? Context);
}
