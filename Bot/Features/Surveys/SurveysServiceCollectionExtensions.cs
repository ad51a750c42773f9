namespace CoordinatorBot.Bot.Features.Surveys;

public static class SurveysServiceCollectionExtensions
{
    /// <summary>User surveys: composing and sending, answering, the reminder, the results with their charts and CSV, the export and the week.</summary>
    public static IServiceCollection AddSurveysFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SurveyOptions>().Bind(configuration.GetSection(SurveyOptions.Section));
        services.AddSingleton<SurveyMarkers>();
        services.AddSingleton<SurveyLinks>();
        services.AddSingleton<SurveyService>();
        services.AddSingleton<SurveyReplies>();
        services.AddSingleton<SurveyFiles>();
        services.AddSingleton<SurveyReminderJob>();
        services.AddSingleton<Scheduling.IScheduledJob>(sp => sp.GetRequiredService<SurveyReminderJob>());
        services.AddSingleton<ISurveyReadings, SurveyReadings>();
        services.AddSingleton<IExportSection, SurveyExport>();
        services.AddSingleton<IWeekContributor, SurveyWeek>();
        services.AddHandlersIn(typeof(SurveysServiceCollectionExtensions));
        services.AddEndpoints(endpoints => endpoints
            .MapSignedDownload<SurveyFiles>(SurveyLinks.Chart, (files, subjects, _, cancellationToken) => files.ChartAsync(subjects, cancellationToken))
            .MapSignedDownload<SurveyFiles>(SurveyLinks.Csv, (files, subjects, language, cancellationToken) => files.CsvAsync(subjects, language, cancellationToken)));
        return services;
    }
}
