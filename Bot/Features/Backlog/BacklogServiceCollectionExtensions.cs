using CoordinatorBot.Bot.Communities;
using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Cards.Composers;

namespace CoordinatorBot.Bot.Features.Backlog;

public static class BacklogServiceCollectionExtensions
{
    /// <summary>Wishes, support, triage, the backlog's items and the prioritisation board.</summary>
    public static IServiceCollection AddBacklogFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GitHubOptions>().Bind(configuration.GetSection(GitHubOptions.Section));
        services.AddSingleton<GitHubIssues>();
        services.AddSingleton<GitHubSyncJob>();
        services.AddSingleton<Scheduling.IScheduledJob>(sp => sp.GetRequiredService<GitHubSyncJob>());
        services.AddSingleton<BacklogNotifier>();
        services.AddSingleton<BacklogService>();
        services.AddSingleton<Communities.IBacklogReadings, BacklogReadings>();
        services.AddSingleton<BacklogReplies>();
        services.AddSingleton<IDecisionClosedListener, BacklogDecisionListener>();
        services.AddSingleton<IExportSection, BacklogExport>();
        services.AddSingleton<IWeekContributor, BacklogWeek>();
        services.AddSingleton<ICommand, WishNewCommand>();
        services.AddSingleton<ICommand, WishesCommand>();
        services.AddSingleton<ICommand, BacklogCommand>();
        services.AddSingleton<ICardAction, WishSaveAction>();
        services.AddSingleton<ICardAction, WishSupportAction>();
        services.AddSingleton<ICardAction, WishesPageAction>();
        services.AddSingleton<ICardAction, WishMergeAction>();
        services.AddSingleton<ICardAction, ItemShowAction>();
        services.AddSingleton<ICardAction, WishShowAction>();
        foreach (var verb in new[] { CardVerbs.WishAccept, CardVerbs.WishDecline })
        {
            services.AddSingleton<ICardAction>(sp => new WishTriageAction(sp.GetRequiredService<BacklogService>(),
                sp.GetRequiredService<BacklogReplies>(), verb));
        }

        foreach (var verb in new[] { CardVerbs.ItemMove, CardVerbs.ItemEstimate, CardVerbs.ItemPrioritise, CardVerbs.ItemEscalate })
        {
            services.AddSingleton<ICardAction>(sp => new ItemAction(sp.GetRequiredService<Storage.Backlog.BacklogStore>(),
                sp.GetRequiredService<BacklogService>(), sp.GetRequiredService<BacklogReplies>(), verb));
        }

        return services;
    }
}
