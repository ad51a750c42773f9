namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// Replaces the shared cards its queue asks for, one at a time, off the presses' request path: each request waits a
/// moment first, so that the presses around it are in the same update.
/// </summary>
public abstract partial class CardUpdater<TKey>(CardUpdateQueue<TKey> queue, StorageOutage outage, ILogger logger) : BackgroundService
    where TKey : notnull
{
    private static readonly TimeSpan Gather = TimeSpan.FromMilliseconds(300);

    /// <summary>Reads what the card shows now and replaces it.</summary>
    protected abstract Task UpdateAsync(TKey key, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var key in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await Task.Delay(Gather, stoppingToken);
                queue.Started(key);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update the shared card of {Key}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string? key);
}
