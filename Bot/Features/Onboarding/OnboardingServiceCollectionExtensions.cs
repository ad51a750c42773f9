using CoordinatorBot.Bot.Conversation.Dialogs;

namespace CoordinatorBot.Bot.Features.Onboarding;

public static class OnboardingServiceCollectionExtensions
{
    /// <summary>The onboarding dialog, the living checklist, its template and the status overview.</summary>
    public static IServiceCollection AddOnboardingFeature(this IServiceCollection services)
    {
        services.AddSingleton<OnboardingService>();
        services.AddSingleton<Communities.IOnboardingReadings, OnboardingReadings>();
        services.AddSingleton<IDialog, OnboardingDialog>();
        services.AddHandlersIn(typeof(OnboardingServiceCollectionExtensions));
        return services;
    }
}
