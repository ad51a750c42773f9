namespace CoordinatorBot.Bot.Features.Guides;

public static class GuidesServiceCollectionExtensions
{
    /// <summary>Guides and user cases: proposing and revising, the coordinator's decision, consent, the lists, the export, the week and the meetings' reading.</summary>
    public static IServiceCollection AddGuidesFeature(this IServiceCollection services)
    {
        services.AddSingleton<GuideService>();
        services.AddSingleton<GuideReplies>();
        services.AddSingleton<IGuideReadings, GuideReadings>();
        services.AddSingleton<IExportSection, GuideExport>();
        services.AddSingleton<IWeekContributor, GuideWeek>();
        services.AddHandlersIn(typeof(GuidesServiceCollectionExtensions));
        return services;
    }
}
