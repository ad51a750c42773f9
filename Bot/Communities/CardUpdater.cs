using System.Diagnostics;

namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// Replaces the shared cards its queue asks for, one at a time, off the presses' request path: each request waits a
/// moment first, so that the presses around it are in the same update, and a card busy with presses is replaced at
/// most once a <see cref="Spacing"/>. One at a time also means that a card waiting out its second holds the cards
/// queued behind it for as long (two busy decisions at once show each change up to a second later).
/// </summary>
public abstract partial class CardUpdater<TKey>(CardUpdateQueue<TKey> queue, StorageOutage outage, ILogger logger) : BackgroundService
    where TKey : notnull
{
    private static readonly TimeSpan Gather = TimeSpan.FromMilliseconds(300);

    // Each replacement reads what the card shows in full and is a send in the thread; more than one a second shows
    // the people reading it nothing more.
    private static readonly TimeSpan Spacing = TimeSpan.FromSeconds(1);

    /// <summary>When each card replaced within the last <see cref="Spacing"/> was begun (a Stopwatch timestamp).</summary>
    private readonly Dictionary<TKey, long> _begun = [];

    /// <summary>Reads what the card shows now and replaces it.</summary>
    protected abstract Task UpdateAsync(TKey key, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var key in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await Task.Delay(WaitBefore(key), stoppingToken);
                queue.Started(key);
                _begun[key] = Stopwatch.GetTimestamp();
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

    /// <summary>The gathering moment, or longer for a card replaced less than <see cref="Spacing"/> ago.</summary>
    private TimeSpan WaitBefore(TKey key)
    {
        foreach (var card in _begun.Where(b => Stopwatch.GetElapsedTime(b.Value) >= Spacing).Select(b => b.Key).ToList())
        {
            _begun.Remove(card);
        }

        var left = _begun.TryGetValue(key, out var begun) ? Spacing - Stopwatch.GetElapsedTime(begun) : TimeSpan.Zero;
        return left > Gather ? left : Gather;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update the shared card of {Key}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string? key);
}
