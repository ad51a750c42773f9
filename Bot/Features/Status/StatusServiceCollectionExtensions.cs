namespace CoordinatorBot.Bot.Features.Status;

public static class StatusServiceCollectionExtensions
{
    /// <summary>Status reports with their charts, the governance report, and their pages in the export.</summary>
    public static IServiceCollection AddStatusFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StatusOptions>().Bind(configuration.GetSection(StatusOptions.Section));
        services.AddSingleton<ChartLinks>();
        services.AddSingleton<StatusReports>();
        services.AddSingleton<GovernanceReports>();
        services.AddSingleton<GovernanceFactsCache>();
        services.AddSingleton<StatusDraftJob>();
        services.AddSingleton<Scheduling.IScheduledJob>(sp => sp.GetRequiredService<StatusDraftJob>());
        services.AddSingleton<IExportSection, StatusExport>();
        services.AddSingleton<IStatusReadings, StatusReadings>();
        services.AddHandlersIn(typeof(StatusServiceCollectionExtensions));
        services.AddEndpoints(endpoints => endpoints.MapSignedDownload<ChartLinks>(ChartLinks.Download,
            (links, subjects, language, cancellationToken) => links.ChartAsync(subjects, language, cancellationToken)));
        return services;
    }
}
