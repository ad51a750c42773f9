namespace CoordinatorBot.Domain.Portfolio;

/// <summary>
/// One community's figures in the secretariat's portfolio: counts and marks only, no person's name.
/// </summary>
public sealed record PortfolioRow(string Product, Status.StatusMark? Mark, string? Report, int Members, int Municipalities,
    int OnboardingsInProgress, int OpenDecisions, decimal CommittedHours, decimal? BudgetHours, string? LatestRelease);
