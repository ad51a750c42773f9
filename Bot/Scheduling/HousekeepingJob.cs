using CoordinatorBot.Storage.Outbox;
using CoordinatorBot.Storage.Tables;

namespace CoordinatorBot.Bot.Scheduling;

/// <summary>
/// Once an hour, removes what has served its purpose: activity ids older than a day (redeliveries come within
/// minutes), outbox messages sent or failed more than 30 days ago, job occurrences older than 90 days.
/// </summary>
public sealed partial class HousekeepingJob(Housekeeping housekeeping, ILogger<HousekeepingJob> logger) : IScheduledJob
{
    public static readonly TimeSpan Every = TimeSpan.FromHours(1);
    private DateTimeOffset _lastRun = DateTimeOffset.MinValue;

    public string Name => "housekeeping";

    public async Task RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (now - _lastRun < Every)
        {
            return;
        }

        _lastRun = now;
        var done = $"Status eq '{nameof(OutboxStatus.Sent)}' or Status eq '{nameof(OutboxStatus.Failed)}'";
        var removed =
            await housekeeping.DeleteOlderThanAsync(TableNames.HandledActivities, now - TimeSpan.FromDays(1), null, cancellationToken) +
            await housekeeping.DeleteOlderThanAsync(TableNames.Outbox, now - TimeSpan.FromDays(30), done, cancellationToken) +
            await housekeeping.DeleteOlderThanAsync(TableNames.JobRuns, now - TimeSpan.FromDays(90), null, cancellationToken);
        if (removed > 0)
        {
            LogRemoved(logger, removed);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Housekeeping removed {Count} rows")]
    private static partial void LogRemoved(ILogger logger, int count);
}
