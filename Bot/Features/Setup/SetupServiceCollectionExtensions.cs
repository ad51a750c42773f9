using CoordinatorBot.Bot.Conversation;

namespace CoordinatorBot.Bot.Features.Setup;

public static class SetupServiceCollectionExtensions
{
    /// <summary>Setup and roles.</summary>
    public static IServiceCollection AddSetupFeature(this IServiceCollection services)
    {
        services.AddSingleton<RolesReply>();
        services.AddSingleton<SetupGate>();
        services.AddSingleton<ICommand, SetupCommand>();
        services.AddSingleton<ICommand, RolesCommand>();
        services.AddSingleton<ICommand, LanguageCommand>();
        services.AddSingleton<ICardAction, SaveSetupAction>();
        services.AddSingleton<ICardAction, AssignRoleAction>();
        services.AddSingleton<ICardAction, RemoveRoleAction>();
        return services;
    }
}
