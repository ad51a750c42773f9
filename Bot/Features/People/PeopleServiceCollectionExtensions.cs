using CoordinatorBot.Bot.Communities;
using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Storage.Communities;
using CoordinatorBot.Storage.People;

namespace CoordinatorBot.Bot.Features.People;

public static class PeopleServiceCollectionExtensions
{
    /// <summary>Several communities per person in the personal chat, and everyone's data rights (export, erasure).</summary>
    public static IServiceCollection AddPeopleFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<PersonalDataLinks>();
        services.AddSingleton<PersonalDataArchive>();
        services.AddSingleton<ICommand, CommunityChoiceCommand>();
        services.AddSingleton<ICommand, MyDataCommand>();
        services.AddSingleton<ICommand, DeleteMyDataCommand>();
        services.AddSingleton<ICommand, DeleteFormerMemberDataCommand>();
        services.AddSingleton<ICardAction, CommunityChooseAction>();
        services.AddSingleton<ICardAction, EraseMyDataAction>();
        services.AddSingleton<ICardAction, CancelErasureAction>();
        foreach (var verb in new[] { CardVerbs.DataEraseFormer, CardVerbs.DataEraseFormerConfirm })
        {
            services.AddSingleton<ICardAction>(sp => new EraseFormerMemberAction(sp.GetRequiredService<MemberStore>(),
                sp.GetRequiredService<TeamRoster>(), sp.GetRequiredService<PersonalDataStore>(),
                sp.GetRequiredService<CommunityDirectory>(), sp.GetRequiredService<ILogger<EraseFormerMemberAction>>(), verb));
        }

        return services;
    }
}
