namespace CoordinatorBot.Bot.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>The lease-holding job scheduler, its own jobs (housekeeping, the nightly backup) and the outbox sender.</summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SchedulingOptions>().Bind(configuration.GetSection(SchedulingOptions.Section));
        services.AddSingleton<SendRateGate>();
        services.AddSingleton<OutboxSender>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());
        services.AddSingleton<Storage.Tables.Housekeeping>();
        services.AddSingleton<IScheduledJob, HousekeepingJob>();
        services.AddOptions<BackupOptions>().Bind(configuration.GetSection(BackupOptions.Section));
        services.AddSingleton<IScheduledJob, BackupJob>();
        services.AddSingleton<JobScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<JobScheduler>());
        return services;
    }
}
