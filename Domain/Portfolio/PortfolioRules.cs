namespace CoordinatorBot.Domain.Portfolio;

/// <summary>Who sees the secretariat's portfolio, which communities are in it, and its order.</summary>
public static class PortfolioRules
{
    /// <summary>A person who holds the secretariat role in any community of the deployment.</summary>
    public static bool MaySee(IEnumerable<Member> memberships) => memberships.Any(m => m.Holds(Role.Secretariat));

    /// <summary>A set-up, active community that has not turned the secretariat's access off in its setup.</summary>
    public static bool IsIn(Community community) => community.IsActive && community.IsSetUp && community.SecretariatAccess;

    /// <summary>By risk: Ikke på sporet, I risiko, no report yet, På sporet; then by product.</summary>
    public static IReadOnlyList<PortfolioRow> ByRisk(IEnumerable<PortfolioRow> rows) =>
        [.. rows.OrderBy(r => r.Mark switch
        {
            Status.StatusMark.OffTrack => 0,
            Status.StatusMark.AtRisk => 1,
            null => 2,
            _ => 3,
        }).ThenBy(r => r.Product, StringComparer.CurrentCulture)];
}
