using Azure.Core;
using Azure.Identity;
using CoordinatorBot.Bot.Protocol.Authentication;
using CoordinatorBot.Bot.Protocol.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoordinatorBot.Bot.Protocol;

public static class ProtocolServiceCollectionExtensions
{
    /// <summary>Inbound authentication, the connector client and the /api/messages endpoint.</summary>
    public static IServiceCollection AddBotProtocol(this IServiceCollection services, IConfiguration configuration,
        IHostEnvironment environment)
    {
        services.AddOptions<BotOptions>()
            .Configure(o =>
            {
                configuration.Bind(o);
                configuration.GetSection(BotOptions.Section).Bind(o);
            })
            .Validate(o => !o.IsAnonymous || environment.IsDevelopment(),
                "MicrosoftAppId is not set. Without it the bot accepts unauthenticated requests, which is allowed only " +
                "in the Development environment (and then only from this machine). Set MicrosoftAppType, " +
                "MicrosoftAppId and MicrosoftAppTenantId (and MicrosoftAppPassword for SingleTenant).")
            .Validate(o => o.IsAnonymous || o.MicrosoftAppType is BotOptions.SingleTenant or BotOptions.UserAssignedMsi,
                "MicrosoftAppType must be SingleTenant or UserAssignedMSI.")
            .Validate(o => o.IsAnonymous || !string.IsNullOrWhiteSpace(o.MicrosoftAppTenantId),
                "MicrosoftAppTenantId is required with MicrosoftAppId.")
            .Validate(o => o.IsAnonymous || o.MicrosoftAppType != BotOptions.SingleTenant || !string.IsNullOrEmpty(o.MicrosoftAppPassword),
                "MicrosoftAppPassword is required when MicrosoftAppType is SingleTenant.")
            .Validate(o => o.MicrosoftAppType != BotOptions.UserAssignedMsi || string.IsNullOrEmpty(o.MicrosoftAppPassword),
                "MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMSI.")
            .Validate(o => o.AllowedServiceUrlHosts().All(ServiceUrlAllowList.IsValidEntry),
                "Bot:ServiceUrlHosts holds an entry that is neither a host name nor \"*.\" and a domain of two labels or more.")
            .ValidateOnStart();
        services.AddOptions<ConnectorRetryOptions>().Bind(configuration.GetSection($"{BotOptions.Section}:Retry"));

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(BotKeySources.HttpClientName);
        services.AddSingleton<BotKeySources>();
        services.AddSingleton<InboundAuthenticator>();
        services.AddSingleton(sp => new ServiceUrlAllowList(
            sp.GetRequiredService<IOptions<BotOptions>>().Value.AllowedServiceUrlHosts(), environment.IsDevelopment()));
        services.AddSingleton(sp => new ConnectorTokenSource(
            Credential(sp.GetRequiredService<IOptions<BotOptions>>().Value), sp.GetRequiredService<TimeProvider>()));
        services.AddHttpClient(ConnectorClient.HttpClientName).AddConnectorResilience();
        services.AddSingleton<ConnectorClient>();
        services.AddSingleton<MessagesEndpoint>();
        services.AddSingleton<UnfinishedClaims>();
        services.AddSingleton<AnsweredActivities>();
        services.AddHostedService(sp => sp.GetRequiredService<UnfinishedClaims>());
        services.AddEndpoints(endpoints => endpoints.MapBotMessages());
        return services;
    }

    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(MessagesEndpoint.Path, (HttpContext context, MessagesEndpoint endpoint) => endpoint.HandleAsync(context));
        return endpoints;
    }

    private static TokenCredential? Credential(BotOptions options) => options switch
    {
        { IsAnonymous: true } => null,
        { MicrosoftAppType: BotOptions.UserAssignedMsi } =>
            new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.MicrosoftAppId!)),
        _ => new ClientSecretCredential(options.MicrosoftAppTenantId, options.MicrosoftAppId, options.MicrosoftAppPassword),
    };
}
