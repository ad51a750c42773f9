using CoordinatorBot.Storage.Outbox;
using CoordinatorBot.Storage.Tables;

namespace CoordinatorBot.Bot.Scheduling;

/// <summary>
/// Once an hour, removes what has served its purpose: activity ids older than a day (redeliveries come within
/// minutes), outbox messages sent or failed more than 30 days ago, dialog state untouched for 30 days (a dialog expires
/// after a day; the row only lets its last card say so), job occurrences older than 90 days. The README's
/// "Persondata" section states these periods.
/// </summary>
public sealed partial class HousekeepingJob(Housekeeping housekeeping, ILogger<HousekeepingJob> logger) : IScheduledJob
{
    public static readonly TimeSpan Every = TimeSpan.FromHours(1);
    public static readonly TimeSpan HandledActivitiesKeptFor = TimeSpan.FromDays(1);
    public static readonly TimeSpan OutboxKeptFor = TimeSpan.FromDays(30);
    public static readonly TimeSpan DialogsKeptFor = TimeSpan.FromDays(30);
    public static readonly TimeSpan JobRunsKeptFor = TimeSpan.FromDays(90);
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
            await housekeeping.DeleteOlderThanAsync(TableNames.HandledActivities, now - HandledActivitiesKeptFor, null, cancellationToken) +
            await housekeeping.DeleteOlderThanAsync(TableNames.Outbox, now - OutboxKeptFor, done, cancellationToken) +
            await housekeeping.DeleteOlderThanAsync(TableNames.Dialogs, now - DialogsKeptFor, null, cancellationToken) +
            await housekeeping.DeleteOlderThanAsync(TableNames.JobRuns, now - JobRunsKeptFor, null, cancellationToken);
        if (removed > 0)
        {
            LogRemoved(logger, removed);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Housekeeping removed {Count} rows")]
    private static partial void LogRemoved(ILogger logger, int count);
}
