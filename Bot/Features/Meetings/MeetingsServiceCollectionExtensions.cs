using CoordinatorBot.Bot.Scheduling;

namespace CoordinatorBot.Bot.Features.Meetings;

public static class MeetingsServiceCollectionExtensions
{
    /// <summary>
    /// Planning, booking through Graph, moving and cancelling meetings, their calendar files and the list; the agenda, the
    /// minutes (approved as a decision of type referat, through Decisions' listener) and their pages in the export.
    /// </summary>
    public static IServiceCollection AddMeetingsFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphOptions>().Bind(configuration.GetSection(GraphOptions.Section))
            .Validate(o => string.IsNullOrEmpty(o.ClientSecret) || (!string.IsNullOrEmpty(o.TenantId) && !string.IsNullOrEmpty(o.ClientId)),
                "Graph:ClientSecret needs Graph:TenantId and Graph:ClientId.")
            .ValidateOnStart();
        services.AddHttpClient(MeetingGraph.HttpClientName).ConfigureAdditionalHttpMessageHandlers((handlers, _) =>
        {
            foreach (var handler in Microsoft.Graph.GraphClientFactory.CreateDefaultHandlers())
            {
                handlers.Add(handler);
            }
        });
        services.AddSingleton<MeetingGraph>();
        services.AddSingleton<MeetingService>();
        services.AddSingleton<IMeetingReadings, MeetingReadings>();
        services.AddSingleton<MeetingForms>();
        services.AddSingleton<MeetingLinks>();
        services.AddSingleton<MinutesService>();
        services.AddSingleton<MeetingSeries>();
        services.AddSingleton<CoordinatorBot.Storage.Meetings.TimePollStore>();
        services.AddSingleton<TimePollService>();
        services.AddSingleton<TimePollCardQueue>();
        services.AddHostedService<TimePollCardUpdater>();
        services.AddSingleton<IDecisionClosedListener, MinutesDecisionListener>();
        services.AddSingleton<IExportSection, MinutesArchivePages>();

        services.AddSingleton<YearlyWheelView>();
        services.AddSingleton<IScheduledJob, MeetingReminderJob>();
        services.AddHandlersIn(typeof(MeetingsServiceCollectionExtensions));
        services.AddEndpoints(endpoints => endpoints.MapSignedDownload<MeetingLinks>(MeetingLinks.Download,
            (links, subjects, language, cancellationToken) => links.CalendarFileAsync(subjects, language, cancellationToken)));
        return services;
    }
}
