using CoordinatorBot.Cards.Onboarding;
using CoordinatorBot.Storage.Onboarding;

namespace CoordinatorBot.Bot.Features.Onboarding;

/// <summary>"onboarding status": every municipality in onboarding, its progress and next step.</summary>
[HelpOrder(2)]
public sealed class OnboardingStatusCommand(OnboardingStore store, OnboardingService onboardings) : CommunityCommand(CommandIds.OnboardingStatus)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, string arguments)
    {
        var all = await store.ListAsync(turn.Community.Id, turn.CancellationToken);
        return Reply.WithCard(OnboardingStatusCard.Compose(turn.Texts, all, onboardings.Today(turn.Community)));
    }
}
