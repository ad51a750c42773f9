using CoordinatorBot.Domain.Guides;
using CoordinatorBot.Domain.Priorities;

namespace CoordinatorBot.Bot.Features.Guides;

/// <summary>
/// Guides and cases waiting for the coordinator's approval in their week: SHOULD work, as the role description classes
/// "kortere guides" and user cases. Nobody else's nudge has a part of it (a proposer is told in their chat).
/// </summary>
public sealed class GuideWeek(GuideService guides) : IWeekContributor
{
    private const decimal HoursEach = 0.5m;

    public async Task<IReadOnlyList<PlanItem>> WaitingForCoordinatorAsync(Community community, DateOnly today, CancellationToken cancellationToken)
    {
        var (all, _) = await guides.LoadAsync(community.Id, cancellationToken);
        return [.. GuideAuthority.Waiting(all).OrderBy(g => g.Number)
            .Select(g => new PlanItem($"guide|{g.Number}", $"#{g.Number} {g.Title}", MoscowClass.Should, HoursEach, null, PlanSource.Guide))];
    }

    public Task<IReadOnlyList<NudgeSection>> NudgeSectionsAsync(Community community, Member person, Texts texts, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<NudgeSection>>([]);
}
