using CoordinatorBot.Bot.Conversation;

namespace CoordinatorBot.Bot.Features.Portfolio;

public static class PortfolioServiceCollectionExtensions
{
    /// <summary>The secretariat's portfolio across the deployment's communities.</summary>
    public static IServiceCollection AddPortfolioFeature(this IServiceCollection services)
    {
        services.AddHandlersIn(typeof(PortfolioServiceCollectionExtensions));
        return services;
    }
}
