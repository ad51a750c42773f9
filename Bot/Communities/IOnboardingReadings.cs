namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// What other features read of a community's onboardings (the status and governance reports, the week's plan and
/// nudge), published by the onboarding feature: features do not read each other's storage.
/// </summary>
public interface IOnboardingReadings
{
    /// <summary>The community's onboardings (one query).</summary>
    Task<IReadOnlyList<Domain.Onboarding.Onboarding>> ListAsync(string communityId, CancellationToken cancellationToken);
}
