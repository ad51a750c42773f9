using System.Diagnostics;

namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// Replaces the shared cards its queue asks for, one at a time, off the presses' request path. Each card waits a
/// moment first, so that the presses around it are in the same update, and a card busy with presses is replaced at
/// most once a <see cref="Spacing"/>. Each card waits for its own moment: one waiting out its second does not hold
/// back another card asked for meanwhile. Replacements of different cards begin at least <see cref="Between"/> apart.
/// </summary>
public abstract partial class CardUpdater<TKey>(CardUpdateQueue<TKey> queue, StorageOutage outage, ILogger logger) : BackgroundService
    where TKey : notnull
{
    private static readonly TimeSpan Gather = TimeSpan.FromMilliseconds(300);

    // Each replacement reads what the card shows in full and is a send in the thread; more than one a second shows
    // the people reading it nothing more.
    private static readonly TimeSpan Spacing = TimeSpan.FromSeconds(1);

    // Replacements of all cards together stay within a share of Teams' 50 requests a second per app and tenant (the
    // outbox keeps to 30 a second; the two card updaters to 10 each), however many decisions are busy at once.
    private static readonly TimeSpan Between = TimeSpan.FromMilliseconds(100);

    /// <summary>When each card replaced within the last <see cref="Spacing"/> was begun (a Stopwatch timestamp).</summary>
    private readonly Dictionary<TKey, long> _begun = [];

    /// <summary>When the last replacement of any card was begun.</summary>
    private long _lastBegun;

    /// <summary>Reads what the card shows now and replaces it.</summary>
    protected abstract Task UpdateAsync(TKey key, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The cards asked for, each by the Stopwatch timestamp from which it may be replaced.
        var due = new PriorityQueue<TKey, long>();
        while (!stoppingToken.IsCancellationRequested)
        {
            while (queue.TryTake(out var asked))
            {
                due.Enqueue(asked, DueAt(asked));
            }

            if (!due.TryPeek(out var key, out var at))
            {
                await queue.WaitAsync(stoppingToken);
                continue;
            }

            // A timer may fire a little early and rounds down to whole milliseconds: under a millisecond is due.
            var now = Stopwatch.GetTimestamp();
            if (Stopwatch.GetElapsedTime(now, Math.Max(at, _lastBegun + Ticks(Between))) is { TotalMilliseconds: >= 1 } left)
            {
                await UntilDueOrAskedAsync(TimeSpan.FromMilliseconds(Math.Ceiling(left.TotalMilliseconds)), stoppingToken);
                continue;
            }

            due.Dequeue();
            try
            {
                queue.Started(key);
                _begun[key] = _lastBegun = now;
                await UpdateAsync(key, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested && outage.Noted(e, "shared card", stoppingToken))
            {
                // The card stays as it was until the next change; nothing was saved while storage was away either.
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The card stays as it was until the next change; what was pressed is saved.
                LogFailed(logger, e, key.ToString());
            }
            finally
            {
                queue.Finished();
            }
        }
    }

    /// <summary>Waits until the first card is due, or until another card is asked for, which may be due sooner.</summary>
    private async Task UntilDueOrAskedAsync(TimeSpan left, CancellationToken stoppingToken)
    {
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        await Task.WhenAny(queue.WaitAsync(waiting.Token), Task.Delay(left, waiting.Token));
        await waiting.CancelAsync();
    }

    /// <summary>After the gathering moment, or later for a card replaced less than <see cref="Spacing"/> ago.</summary>
    private long DueAt(TKey key)
    {
        foreach (var card in _begun.Where(b => Stopwatch.GetElapsedTime(b.Value) >= Spacing).Select(b => b.Key).ToList())
        {
            _begun.Remove(card);
        }

        var gathered = Stopwatch.GetTimestamp() + Ticks(Gather);
        return _begun.TryGetValue(key, out var begun) ? Math.Max(gathered, begun + Ticks(Spacing)) : gathered;
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update the shared card of {Key}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string? key);
}
