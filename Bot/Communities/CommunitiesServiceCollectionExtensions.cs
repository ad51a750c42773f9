namespace CoordinatorBot.Bot.Communities;

public static class CommunitiesServiceCollectionExtensions
{
    /// <summary>What every feature shares and no feature owns: the directory, access, the roster, the ways to post and signed links.</summary>
    public static IServiceCollection AddCommunities(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CommunityOptions>().Bind(configuration.GetSection(CommunityOptions.Section));
        services.AddSingleton<CommunityDirectory>();
        services.AddSingleton<CommunityMembers>();
        services.AddSingleton<TeamRoster>();
        services.AddSingleton<MemberGreeter>();
        services.AddSingleton<ProactiveTargets>();
        services.AddSingleton<CommunitySender>();
        services.AddOptions<LinkOptions>().Bind(configuration.GetSection(LinkOptions.Section));
        services.AddHttpContextAccessor();
        services.AddSingleton<LinkSigner>();
        services.AddSingleton<RecordLinks>();
        return services;
    }
}
