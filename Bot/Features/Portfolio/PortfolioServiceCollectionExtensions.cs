namespace CoordinatorBot.Bot.Features.Portfolio;

public static class PortfolioServiceCollectionExtensions
{
    /// <summary>The secretariat's portfolio across the deployment's communities, with its chart, CSV and JSON.</summary>
    public static IServiceCollection AddPortfolioFeature(this IServiceCollection services)
    {
        services.AddSingleton<PortfolioFigures>();
        services.AddSingleton<PortfolioFiles>();
        services.AddHandlersIn(typeof(PortfolioServiceCollectionExtensions));
        services.AddEndpoints(endpoints => endpoints
            .MapSignedDownload<PortfolioFiles>(PortfolioFiles.Csv, async (files, person, language, ct) => await files.CsvAsync(person, language, ct))
            .MapSignedDownload<PortfolioFiles>(PortfolioFiles.Json, async (files, person, language, ct) => await files.JsonAsync(person, language, ct))
            .MapSignedDownload<PortfolioFiles>(PortfolioFiles.Chart, async (files, person, language, ct) => await files.ChartAsync(person, language, ct)));
        return services;
    }
}
