namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>
/// Closes decisions whose deadline has passed, once a minute. Closing uses the ETag, so when several instances run
/// this at once each decision is still closed and announced once.
/// </summary>
public sealed partial class DecisionDeadlineWatcher(DecisionService service, TimeProvider time, ILogger<DecisionDeadlineWatcher> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                var closed = await service.CloseOverdueAsync(stoppingToken).ConfigureAwait(false);
                if (closed > 0)
                {
                    LogClosed(logger, closed);
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed {Count} decisions at their deadline")]
    private static partial void LogClosed(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Closing decisions at their deadline failed; trying again in a minute")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
