using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Bot.Scheduling;
using CoordinatorBot.Cards.Composers;

namespace CoordinatorBot.Bot.Features.Priorities;

public static class PrioritiesServiceCollectionExtensions
{
    /// <summary>The coordinator's tasks and week plan and the weekly nudge.</summary>
    public static IServiceCollection AddPrioritiesFeature(this IServiceCollection services)
    {
        services.AddSingleton<WeekView>();
        services.AddSingleton<Communities.ICoordinatorTasks, CoordinatorTasks>();
        services.AddSingleton<Communities.INudgePreferences, NudgePreferences>();
        services.AddSingleton<WeeklyNudgeJob>();
        services.AddSingleton<IScheduledJob>(sp => sp.GetRequiredService<WeeklyNudgeJob>());
        services.AddSingleton<ICommand, TasksCommand>();
        services.AddSingleton<ICommand, TaskNewCommand>();
        services.AddSingleton<ICommand, NudgeCommand>();
        services.AddSingleton<ICardAction, CapacityNoteAction>();
        services.AddSingleton<ICardAction, PlanWeekAction>();
        foreach (var verb in new[] { CardVerbs.TaskCreate, CardVerbs.TaskEdit, CardVerbs.TaskDone, CardVerbs.TaskUndo })
        {
            services.AddSingleton<ICardAction>(sp => new TaskAction(sp.GetRequiredService<Storage.Week.TaskStore>(), sp.GetRequiredService<WeekView>(),
                sp.GetRequiredService<TimeProvider>(), verb));
        }

        return services;
    }
}
