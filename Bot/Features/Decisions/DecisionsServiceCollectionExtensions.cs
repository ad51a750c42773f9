using CoordinatorBot.Bot.Conversation;
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
        services.AddSingleton<ExportLinks>();
        services.AddSingleton<DecisionArchive>();
        services.AddHostedService<SharedCardUpdater>();
        services.AddSingleton<IScheduledJob, DecisionDeadlineJob>();
        services.AddSingleton<DecisionReminderJob>();
        services.AddSingleton<IScheduledJob>(sp => sp.GetRequiredService<DecisionReminderJob>());

        services.AddSingleton<ICommand, DecisionNewCommand>();
        services.AddSingleton<ICommand, DecisionShowCommand>();
        services.AddSingleton<ICommand, DecisionsCommand>();
        services.AddSingleton<ICommand, DecisionsExportCommand>();
        services.AddSingleton<ICommand, ExportCommand>();
        services.AddSingleton<ICardAction, ProposeDecisionAction>();
        services.AddSingleton<ICardAction, VoteAction>();
        services.AddSingleton<ICardAction, CloseDecisionAction>();
        services.AddSingleton<ICardAction, DecisionsPageAction>();
        services.AddSingleton<ICardAction>(sp => ShowDecisionAction.Show(sp.GetRequiredService<DecisionService>()));
        services.AddSingleton<ICardAction>(sp => ShowDecisionAction.Refresh(sp.GetRequiredService<DecisionService>()));
        return services;
    }
}
