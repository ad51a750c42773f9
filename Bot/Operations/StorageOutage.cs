using CoordinatorBot.Storage.Tables;

namespace CoordinatorBot.Bot.Operations;

/// <summary>
/// What the background work (the scheduler, the outbox sender, the card updater) knows of a Table Storage outage: it
/// is logged once when it begins and once when storage answers again, however many passes and rows meet it, and each
/// pass waits longer than the one before (1 s doubling to 30 s) while it lasts.
/// </summary>
public sealed partial class StorageOutage(TimeProvider time, ILogger<StorageOutage> logger)
{
    private static readonly TimeSpan FirstWait = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(30);
    private readonly Lock _lock = new();
    private DateTimeOffset? _since;
    private int _failures;

    public bool Ongoing
    {
        get
        {
            lock (_lock)
            {
                return _since is not null;
            }
        }
    }

    /// <summary>
    /// True, and the outage noted, when <paramref name="exception"/> means storage is away; false for any other failure
    /// (which the caller logs as its own).
    /// </summary>
    public bool Noted(Exception exception, string where, CancellationToken cancellationToken)
    {
        if (!StorageFault.Is(exception, cancellationToken))
        {
            return false;
        }

        bool first;
        lock (_lock)
        {
            first = _since is null;
            _since ??= time.GetUtcNow();
            _failures++;
        }

        if (first)
        {
            LogBegan(logger, exception, where);
        }

        return true;
    }

    /// <summary>Storage answered: an outage, if there was one, is over.</summary>
    public void Answered()
    {
        DateTimeOffset? since;
        int failures;
        lock (_lock)
        {
            (since, failures) = (_since, _failures);
            (_since, _failures) = (null, 0);
        }

        if (since is { } began)
        {
            LogEnded(logger, time.GetUtcNow() - began, failures);
        }
    }

    /// <summary>How long background work waits before it tries again: longer the longer the outage lasts.</summary>
    public TimeSpan Wait()
    {
        lock (_lock)
        {
            var wait = FirstWait * Math.Pow(2, Math.Min(Math.Max(_failures - 1, 0), 5));
            return wait < LongestWait ? wait : LongestWait;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Table Storage does not answer ({Where}); background work waits for it and says when it is back")]
    private static partial void LogBegan(ILogger logger, Exception exception, string where);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Table Storage answers again after {Duration}; {Failures} background passes met the outage")]
    private static partial void LogEnded(ILogger logger, TimeSpan duration, int failures);
}
