namespace CoordinatorBot.Bot.Scheduling;

/// <summary>
/// Runs the scheduled jobs on the one instance that holds the lease. Every tick the holder renews it; when the holder
/// dies, its lease runs out and another instance takes over at its next tick.
/// </summary>
public sealed partial class JobScheduler(
    IEnumerable<IScheduledJob> jobs,
    Storage.Scheduling.LeaseStore leases,
    IOptions<SchedulingOptions> options,
    StorageOutage outage,
    TimeProvider time,
    ILogger<JobScheduler> logger) : BackgroundService
{
    public const string LeaseName = "scheduler";
    private static readonly TimeSpan ReleaseTimeout = TimeSpan.FromSeconds(3);
    private readonly SchedulingOptions _options = options.Value;

    /// <summary>This instance's name in the lease.</summary>
    public string InstanceId { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.Tick, time);
        do
        {
            try
            {
                await TickAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested && !outage.Noted(e, "scheduler", stoppingToken))
            {
                LogTickFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // Hand over at once rather than when the lease runs out; with storage away, it runs out by itself, and the stop
        // goes on (App Service restarts an instance in just such minutes).
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(ReleaseTimeout);
        try
        {
            await leases.ReleaseAsync(LeaseName, InstanceId, limit.Token);
        }
        catch (Exception e)
        {
            LogReleaseFailed(logger, e);
        }
    }

    /// <summary>Takes or renews the lease and, when this instance holds it, runs every job; true when it ran them.</summary>
    public async Task<bool> TickAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var held = await leases.TryAcquireAsync(LeaseName, InstanceId, now, _options.LeaseDuration, cancellationToken);
        outage.Answered();
        if (!held)
        {
            return false;
        }

        foreach (var job in jobs)
        {
            try
            {
                await job.RunAsync(now, cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && outage.Noted(e, job.Name, cancellationToken))
            {
                // The rest would meet the same outage: they run at the first tick after it.
                break;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                LogJobFailed(logger, e, job.Name);
            }
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The scheduled job {Job} failed; it is tried again at the next tick")]
    private static partial void LogJobFailed(ILogger logger, Exception exception, string job);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not give the scheduler lease up on shutdown; it runs out by itself")]
    private static partial void LogReleaseFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "A scheduler tick failed")]
    private static partial void LogTickFailed(ILogger logger, Exception exception);
}
