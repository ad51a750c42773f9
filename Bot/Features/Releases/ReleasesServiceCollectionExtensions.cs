namespace CoordinatorBot.Bot.Features.Releases;

public static class ReleasesServiceCollectionExtensions
{
    /// <summary>The product's releases: entered by the coordinator or read from GitHub, the items and decisions each delivered.</summary>
    public static IServiceCollection AddReleasesFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReleasesOptions>().Bind(configuration.GetSection(ReleasesOptions.Section));
        services.AddSingleton<ReleaseAnnouncer>();
        services.AddSingleton<ReleaseReplies>();
        services.AddSingleton<ReleaseSyncJob>();
        services.AddSingleton<Scheduling.IScheduledJob>(sp => sp.GetRequiredService<ReleaseSyncJob>());
        services.AddSingleton<IExportSection, ReleasesExport>();
        services.AddSingleton<IReleaseReadings, ReleaseReadings>();
        services.AddHandlersIn(typeof(ReleasesServiceCollectionExtensions));
        return services;
    }
}
