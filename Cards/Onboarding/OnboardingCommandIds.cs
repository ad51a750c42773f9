namespace CoordinatorBot.Cards.Composers;

// Part of CommandIds, kept in the feature's folder so that a feature adds its command ids here and no file is edited by
// every feature. The namespace stays CoordinatorBot.Cards.Composers, where every caller already finds CommandIds.
/// <summary>The ids of the Onboarding feature's commands.</summary>
public static partial class CommandIds
{
    public const string OnboardingNew = "OnboardingNew";
    public const string OnboardingStatus = "OnboardingStatus";
    public const string OnboardingTemplate = "OnboardingTemplate";
}
