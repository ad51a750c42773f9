using CoordinatorBot.Domain.Backlog;
using CoordinatorBot.Domain.Onboarding;
using CoordinatorBot.Domain.Priorities;
using CoordinatorBot.Storage.Backlog;

namespace CoordinatorBot.Bot.Features.Backlog;

/// <summary>
/// The backlog in the week: the coordinator's plan holds the wishes ready for triage (SHOULD: collecting wishes) and
/// the items beyond the mandate not yet sent to the steering group (MUST: coordinating the backlog); a supplier's
/// weekly nudge lists their items in progress and in test.
/// </summary>
public sealed class BacklogWeek(BacklogStore store, BacklogService backlog) : IWeekContributor
{
    // Triage or escalation is a short piece of work for the coordinator.
    private const decimal HoursEach = 0.5m;

    public async Task<IReadOnlyList<PlanItem>> WaitingForCoordinatorAsync(Community community, DateOnly today, CancellationToken cancellationToken)
    {
        var snapshot = await store.LoadAsync(community.Id, cancellationToken);
        var ready = snapshot.Ranked.Where(r => r.Count >= community.SupportThreshold)
            .Select(r => new PlanItem($"wish|{r.Wish.Number}", $"#{r.Wish.Number} {r.Wish.Title}", MoscowClass.Should, HoursEach, null,
                PlanSource.Backlog, false, BacklogPlanKeys.WishReady));
        var beyond = snapshot.Items.Where(i => i.DecisionNumber is null && backlog.IsBeyondMandate(community, i, snapshot.Items))
            .Select(i => new PlanItem($"item|{i.Number}", $"#{i.Number} {i.Title}", MoscowClass.Must, HoursEach, null,
                PlanSource.Backlog, false, BacklogPlanKeys.BeyondMandate));
        return [.. beyond, .. ready];
    }

    public async Task<IReadOnlyList<NudgeSection>> NudgeSectionsAsync(Community community, Member person, Texts texts,
        CancellationToken cancellationToken)
    {
        if (!person.Holds(Role.Supplier))
        {
            return [];
        }

        var mine = (await store.LoadAsync(community.Id, cancellationToken)).Items
            .Where(i => i.Status is ItemStatus.InProgress or ItemStatus.InTest && OnboardingAuthority.SameSupplier(person.Supplier, i.Supplier))
            .OrderBy(i => i.Status).ThenBy(i => i.Number)
            .Select(i => texts.NudgeItemLine(i.Number, i.Title, texts.ItemStatusName(i.Status))).ToList();
        return mine.Count == 0 ? [] : [new NudgeSection(texts.NudgeItemsHeading, mine)];
    }
}
