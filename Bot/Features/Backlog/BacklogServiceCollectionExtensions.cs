namespace CoordinatorBot.Bot.Features.Backlog;

public static class BacklogServiceCollectionExtensions
{
    /// <summary>Wishes, support, triage, the backlog's items and the prioritisation board.</summary>
    public static IServiceCollection AddBacklogFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GitHubOptions>().Bind(configuration.GetSection(GitHubOptions.Section));
        services.AddSingleton<GitHubIssues>();
        services.AddSingleton<GitHubConnection>();
        services.AddSingleton<GitHubPace>();
        services.AddSingleton<IGitHubReleases, GitHubReleases>();
        services.AddSingleton<IBacklogReleaseMarks, BacklogReleaseMarks>();
        services.AddSingleton<GitHubSyncJob>();
        services.AddSingleton<Scheduling.IScheduledJob>(sp => sp.GetRequiredService<GitHubSyncJob>());
        services.AddSingleton<BacklogNotifier>();
        services.AddSingleton<BacklogService>();
        services.AddSingleton<Communities.IBacklogReadings, BacklogReadings>();
        services.AddSingleton<BacklogReplies>();
        services.AddSingleton<IDecisionClosedListener, BacklogDecisionListener>();
        services.AddSingleton<IExportSection, BacklogExport>();
        services.AddSingleton<IWeekContributor, BacklogWeek>();
        services.AddHandlersIn(typeof(BacklogServiceCollectionExtensions));
        return services;
    }
}
