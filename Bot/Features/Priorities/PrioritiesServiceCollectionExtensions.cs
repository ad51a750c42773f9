using CoordinatorBot.Bot.Scheduling;

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
        services.AddHandlersIn(typeof(PrioritiesServiceCollectionExtensions));
        return services;
    }
}
