using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Bot.Conversation.Dialogs;
using CoordinatorBot.Cards.Composers;

namespace CoordinatorBot.Bot.Features.Onboarding;

public static class OnboardingServiceCollectionExtensions
{
    /// <summary>The onboarding dialog, the living checklist, its template and the status overview.</summary>
    public static IServiceCollection AddOnboardingFeature(this IServiceCollection services)
    {
        services.AddSingleton<OnboardingService>();
        services.AddSingleton<Communities.IOnboardingReadings, OnboardingReadings>();
        services.AddSingleton<IDialog, OnboardingDialog>();
        services.AddSingleton<ICommand, OnboardingNewCommand>();
        services.AddSingleton<ICommand, OnboardingStatusCommand>();
        services.AddSingleton<ICommand, OnboardingTemplateCommand>();
        services.AddSingleton<ICardAction, TickStepAction>();
        foreach (var verb in new[] { CardVerbs.TemplateAdd, CardVerbs.TemplateChange, CardVerbs.TemplateMoveUp, CardVerbs.TemplateRemove })
        {
            services.AddSingleton<ICardAction>(sp => new TemplateAction(sp.GetRequiredService<Storage.Onboarding.OnboardingStore>(), verb));
        }

        return services;
    }
}
