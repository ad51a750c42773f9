using CoordinatorBot.Cards.Priorities;
using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Domain.Onboarding;
using CoordinatorBot.Domain.Priorities;
using CoordinatorBot.Storage.Communities;
using CoordinatorBot.Storage.Decisions;
using CoordinatorBot.Storage.Onboarding;
using CoordinatorBot.Storage.Priorities;

namespace CoordinatorBot.Bot.Features.Priorities;

/// <summary>
/// Reads a community's week: the coordinator's tasks, and what waits for people — decisions awaiting their vote or
/// outcome, onboarding steps their roles own — as plan items and nudge lines.
/// </summary>
public sealed class WeekView(TaskStore tasks, DecisionStore decisions, OnboardingStore onboardings, MemberStore members, TimeProvider time,
    IEnumerable<Communities.IWeekContributor> contributors)
{
    public const decimal WaitingItemHours = 0.5m;

    public DateTimeOffset Now => time.GetUtcNow();

    public DateOnly Today(Community community) =>
        community.Clock.Today(time.GetUtcNow());

    /// <summary>A new task's due date unless the coordinator picks another: an office day a week from today.</summary>
    public DateOnly DefaultDue(Community community) => OfficeDays.OnOrAfter(Today(community).AddDays(7));

    /// <summary>The week "opgaver" shows now: this one, from Friday noon the coming one.</summary>
    public DateOnly WeekToShow(Community community) =>
        WeeklyPlan.WeekToShow(community.Clock.ToLocal(time.GetUtcNow()).DateTime);

    /// <param name="weekStart">The Monday of the week to plan; the week to show now when null.</param>
    public async Task<(WeeklyPlan Plan, IReadOnlyList<CoordinatorTask> Tasks)> PlanAsync(Community community, CancellationToken cancellationToken,
        DateOnly? weekStart = null)
    {
        var today = Today(community);
        var monday = weekStart is { } chosen ? WeeklyPlan.MondayOf(chosen) : WeekToShow(community);
        var all = await tasks.ListAsync(community.Id, today, cancellationToken);
        var coordinators = (await members.ListAsync(community.Id, cancellationToken)).Where(m => m.Holds(Role.Coordinator)).ToList();
        var waiting = new List<PlanItem>();
        foreach (var coordinator in coordinators.Take(1))
        {
            foreach (var vote in await PendingVotesAsync(community, coordinator, cancellationToken))
            {
                var d = vote.Decision;
                var due = community.Clock.Today(d.Draft.Deadline);
                waiting.Add(new PlanItem(d.Number.ToString(), $"{d.Number} {d.Draft.Title}", MoscowClass.Must, WaitingItemHours, due, PlanSource.Decision, due < today));
            }

            foreach (var step in await DueStepsAsync(community, coordinator, monday.AddDays(6), cancellationToken))
            {
                waiting.Add(new PlanItem($"{step.Municipality}|{step.Step.Key}", Domain.Onboarding.Municipalities.OfficialName(step.Municipality),
                    MoscowClass.Must, WaitingItemHours, step.Step.Due, PlanSource.Onboarding, step.Step.IsOverdue(today), step.Step.DefaultKey, step.Step.Title));
            }
        }

        // What other features have waiting for the coordinator (the backlog's wishes and items beyond the mandate).
        foreach (var contributor in contributors)
        {
            waiting.AddRange(await contributor.WaitingForCoordinatorAsync(community, today, cancellationToken));
        }

        return (WeeklyPlan.Build(monday, community.WeeklyHourBudget, all, waiting, today), all);
    }

    /// <summary>Open decisions of the person's bodies they have not voted on, and (for the coordinator) those awaiting an outcome.</summary>
    public async Task<IReadOnlyList<NudgeCard.PendingVote>> PendingVotesAsync(Community community, Member person,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var pending = new List<NudgeCard.PendingVote>();
        foreach (var decision in (await decisions.ListAsync(community.Id, cancellationToken)).Where(d => d.IsOpen))
        {
            var mustVote = person.Holds(decision.Draft.Body.Role()) &&
                (await decisions.VotesAsync(community.Id, decision.Number, cancellationToken)).All(v => v.VoterId != person.AadObjectId);
            var mustRecord = decision.Draft.Rule.Kind == RuleKind.ProposerRecords && decision.IsPastDeadline(now) &&
                (person.Holds(Role.Coordinator) || decision.ProposerId == person.AadObjectId);
            if (mustVote || mustRecord)
            {
                pending.Add(new NudgeCard.PendingVote(decision));
            }
        }

        return pending;
    }

    /// <summary>The person's own open onboarding steps (their municipality's, their company's) due by <paramref name="until"/>.</summary>
    public async Task<IReadOnlyList<NudgeCard.DueStep>> DueStepsAsync(Community community, Member person, DateOnly until,
        CancellationToken cancellationToken) =>
        [.. OnboardingAuthority.StepsToNudge(person, await onboardings.ListAsync(community.Id, cancellationToken), until)
            .Select(d => new NudgeCard.DueStep(d.Onboarding.Details.Municipality, d.Step))];
}
