namespace CoordinatorBot.Bot.Features.Setup;

public static class SetupServiceCollectionExtensions
{
    /// <summary>Setup and roles.</summary>
    public static IServiceCollection AddSetupFeature(this IServiceCollection services)
    {
        services.AddSingleton<RolesReply>();
        services.AddSingleton<SetupGate>();
        services.AddHandlersIn(typeof(SetupServiceCollectionExtensions));
        return services;
    }
}
