using CoordinatorBot.Domain.Onboarding;
using CoordinatorBot.Domain.Portfolio;

namespace CoordinatorBot.Bot.Features.Portfolio;

/// <summary>
/// The portfolio's figures for one person: the same rows for the card, its chart, the CSV and the JSON, read afresh
/// each time, so that a download never shows a community that has since turned the secretariat's access off, nor
/// anything to a person who no longer holds the role. A community that has not granted access is never read.
/// </summary>
public sealed class PortfolioFigures(MemberStore memberships, CommunityStore communities, CommunityMembers members, IStatusReadings status,
    IOnboardingReadings onboardings, IDecisionReadings decisions, IBacklogReadings backlog, IReleaseReadings releases)
{
    /// <summary>The rows by risk; null when the person holds the secretariat role in no community of the deployment.</summary>
    public async Task<IReadOnlyList<PortfolioRow>?> ForAsync(string? personId, CancellationToken cancellationToken)
    {
        var held = personId is { Length: > 0 } ? await memberships.MembershipsOfAsync(personId, cancellationToken) : [];
        if (!PortfolioRules.MaySee(held.Select(h => h.Member)))
        {
            return null;
        }

        var rows = new List<PortfolioRow>();
        foreach (var community in (await communities.ListActiveAsync(cancellationToken)).Where(PortfolioRules.IsIn))
        {
            rows.Add(await RowAsync(community, cancellationToken));
        }

        return PortfolioRules.ByRisk(rows);
    }

    private async Task<PortfolioRow> RowAsync(Community community, CancellationToken cancellationToken)
    {
        var people = await members.ListAsync(community.Id, cancellationToken);
        var report = await status.LatestAsync(community.Id, cancellationToken);
        var governance = await status.GovernanceAsync(community.Id, cancellationToken);
        var items = (await backlog.LoadAsync(community.Id, cancellationToken)).Items;
        return new PortfolioRow(
            community.DisplayName,
            report?.Mark,
            report?.Number?.ToString(),
            people.Count,
            people.Where(m => m.Holds(Role.Municipality)).Select(m => Municipalities.Find(m.Municipality).Municipality ?? m.Municipality).Distinct().Count(),
            (await onboardings.ListAsync(community.Id, cancellationToken)).Count(o => !o.IsCompleted),
            (await decisions.OpenAsync(community.Id, cancellationToken)).Count,
            items.Where(i => i.IsCommitted).Sum(i => i.Estimate.Hours ?? 0m),
            community.BacklogBudget.Hours,
            (await releases.LatestAsync(community.Id, cancellationToken))?.Version,
            governance.ReachedLevel(),
            governance.TargetLevel);
    }
}
