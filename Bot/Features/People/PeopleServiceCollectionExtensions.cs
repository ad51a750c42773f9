namespace CoordinatorBot.Bot.Features.People;

public static class PeopleServiceCollectionExtensions
{
    /// <summary>Several communities per person in the personal chat, and everyone's data rights (export, erasure).</summary>
    public static IServiceCollection AddPeopleFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IFormerMembers, FormerMembers>();
        services.AddSingleton<PersonalDataArchive>();
        services.AddHandlersIn(typeof(PeopleServiceCollectionExtensions));
        services.AddEndpoints(endpoints => endpoints.MapSignedDownload<PersonalDataArchive>(PersonalDataArchive.Download,
            async (archive, person, language, cancellationToken) => await archive.BuildAsync(person, language, cancellationToken)));
        return services;
    }
}
