using CoordinatorBot.Storage.Search;

namespace CoordinatorBot.Bot.Features.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>The compose box's search of the community's records, and their links that unfold.</summary>
    public static IServiceCollection AddSearchFeature(this IServiceCollection services)
    {
        services.AddSingleton<RecordCatalog>();
        services.AddSingleton<RecordReaders>();
        services.AddSingleton<RecordResults>();
        services.AddHandlersIn(typeof(SearchServiceCollectionExtensions));
        services.AddEndpoints(endpoints => endpoints.MapRecordLinks());
        return services;
    }
}
