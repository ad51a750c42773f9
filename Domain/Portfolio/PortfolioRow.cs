using CoordinatorBot.Domain.Status;

namespace CoordinatorBot.Domain.Portfolio;

/// <summary>
/// One community's figures in the secretariat's portfolio: counts and marks only, no person's name.
/// </summary>
/// <param name="GovernanceReached">The governance level the community's own checklist reaches; null when not even the sandbox's.</param>
/// <param name="GovernanceTarget">The target level the coordinator set on the checklist.</param>
public sealed record PortfolioRow(string Product, StatusMark? Mark, string? Report, int Members, int Municipalities,
    int OnboardingsInProgress, int OpenDecisions, decimal CommittedHours, decimal? BudgetHours, string? LatestRelease,
    GovernanceLevel? GovernanceReached = null, GovernanceLevel GovernanceTarget = GovernanceLevel.One);
