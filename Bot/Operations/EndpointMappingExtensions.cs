namespace CoordinatorBot.Bot.Operations;

public static class EndpointMappingExtensions
{
    /// <summary>Endpoints to map when the application is built, in the order they were added.</summary>
    public static IServiceCollection AddEndpoints(this IServiceCollection services, Action<IEndpointRouteBuilder> map) =>
        services.AddSingleton(new EndpointMapping(map));

    /// <summary>Maps every part's endpoints (<see cref="AddEndpoints"/>).</summary>
    public static IEndpointRouteBuilder MapRegisteredEndpoints(this IEndpointRouteBuilder endpoints)
    {
        foreach (var mapping in endpoints.ServiceProvider.GetServices<EndpointMapping>())
        {
            mapping.Map(endpoints);
        }

        return endpoints;
    }
}
