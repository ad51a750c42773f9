using CoordinatorBot.Storage.Onboarding;

namespace CoordinatorBot.Bot.Features.Onboarding;

/// <summary>The onboarding feature's answer to what other features read of its onboardings (<see cref="IOnboardingReadings"/>).</summary>
public sealed class OnboardingReadings(OnboardingStore store) : IOnboardingReadings
{
    public Task<IReadOnlyList<Domain.Onboarding.Onboarding>> ListAsync(string communityId, CancellationToken cancellationToken) =>
        store.ListAsync(communityId, cancellationToken);
}
