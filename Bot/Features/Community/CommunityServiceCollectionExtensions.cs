using CoordinatorBot.Bot.Conversation;

namespace CoordinatorBot.Bot.Features.Community;

public static class CommunityServiceCollectionExtensions
{
    /// <summary>Communities, roles, setup and help.</summary>
    public static IServiceCollection AddCommunityFeature(this IServiceCollection services)
    {
        services.AddSingleton<CommunityDirectory>();
        services.AddSingleton<CommunityLifecycle>();
        services.AddSingleton<MemberGreeter>();
        services.AddSingleton<CommunityAccess>();
        services.AddSingleton<TeamRoster>();
        services.AddSingleton<HelpReply>();
        services.AddSingleton<RolesReply>();
        services.AddSingleton<ICommand, SetupCommand>();
        services.AddSingleton<ICommand, RolesCommand>();
        services.AddSingleton<ICardAction, SaveSetupAction>();
        services.AddSingleton<ICardAction, AssignRoleAction>();
        services.AddSingleton<ICardAction, RemoveRoleAction>();
        return services;
    }
}
