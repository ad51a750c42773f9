namespace CoordinatorBot.Bot.Communities;

public static class CommunitiesServiceCollectionExtensions
{
    /// <summary>What every feature shares and no feature owns: the directory, access, the roster and the ways to post.</summary>
    public static IServiceCollection AddCommunities(this IServiceCollection services)
    {
        services.AddSingleton<CommunityDirectory>();
        services.AddSingleton<CommunityAccess>();
        services.AddSingleton<TeamRoster>();
        services.AddSingleton<MemberGreeter>();
        services.AddSingleton<ProactiveTargets>();
        services.AddSingleton<OutboxWriter>();
        return services;
    }
}
