using CoordinatorBot.Bot.Scheduling;

namespace CoordinatorBot.Bot.Features.Decisions;

public static class DecisionsServiceCollectionExtensions
{
    /// <summary>Proposals, votes, the decision log and its export, and closing at the deadline.</summary>
    public static IServiceCollection AddDecisionsFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<DecisionService>();
        services.AddSingleton<Communities.IDecisionProposals, DecisionProposals>();
        services.AddSingleton<Communities.IDecisionReadings, DecisionReadings>();
        services.AddSingleton<SharedCardQueue>();
        services.AddSingleton<DecisionForms>();
        services.AddSingleton<DecisionArchive>();
        services.AddSingleton<DecisionReleases>();
        services.AddHostedService<SharedCardUpdater>();
        services.AddSingleton<IScheduledJob, DecisionDeadlineJob>();
        services.AddSingleton<DecisionReminderJob>();
        services.AddSingleton<IScheduledJob>(sp => sp.GetRequiredService<DecisionReminderJob>());

        services.AddHandlersIn(typeof(DecisionsServiceCollectionExtensions));
        services.AddEndpoints(endpoints => endpoints.MapSignedDownload<DecisionArchive>(DecisionArchive.Download,
            async (archive, community, language, cancellationToken) => await archive.BuildAsync(community, language, cancellationToken)));
        return services;
    }
}
