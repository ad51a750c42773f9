using CoordinatorBot.Cards.Priorities;
using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Domain.Onboarding;
using CoordinatorBot.Domain.Priorities;
using CoordinatorBot.Storage.Priorities;

namespace CoordinatorBot.Bot.Features.Priorities;

/// <summary>
/// Reads a community's week: the coordinator's tasks, and what waits for people — decisions awaiting their vote or
/// outcome, onboarding steps their roles own — as plan items and nudge lines. What waits is read once per community
/// (<see cref="WaitingAsync"/>: the open decisions with their voters, the onboardings, the members), whoever it is for.
/// </summary>
public sealed class WeekView(TaskStore tasks, IDecisionReadings decisions, IOnboardingReadings onboardings, MemberStore members, TimeProvider time,
    IEnumerable<IWeekContributor> contributors)
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

    /// <summary>What waits for the community's people this week, read once: two queries for the decisions, one each for the rest.</summary>
    public async Task<WeekWaiting> WaitingAsync(Community community, CancellationToken cancellationToken)
    {
        // The three reads do not depend on each other.
        var people = members.ListAsync(community.Id, cancellationToken);
        var open = decisions.OpenAsync(community.Id, cancellationToken);
        var listed = onboardings.ListAsync(community.Id, cancellationToken);
        return new WeekWaiting(await open, await listed, await people);
    }

    private async Task<WeekWaiting> WaitingAsync(Community community, IReadOnlyList<Member> people, CancellationToken cancellationToken)
    {
        // The two reads do not depend on each other.
        var open = decisions.OpenAsync(community.Id, cancellationToken);
        var listed = onboardings.ListAsync(community.Id, cancellationToken);
        return new WeekWaiting(await open, await listed, people);
    }

    /// <param name="weekStart">The Monday of the week to plan; the week to show now when null.</param>
    /// <param name="waiting">What waits, when the caller has read it already (the nudge); read here when null.</param>
    public async Task<(WeeklyPlan Plan, IReadOnlyList<CoordinatorTask> Tasks)> PlanAsync(Community community, CancellationToken cancellationToken,
        DateOnly? weekStart = null, WeekWaiting? waiting = null)
    {
        var today = Today(community);
        var monday = weekStart is { } chosen ? WeeklyPlan.MondayOf(chosen) : WeekToShow(community);
        var all = await tasks.ListAsync(community.Id, today, cancellationToken);
        if (waiting is null)
        {
            // Only the coordinator's waiting items are in the plan: without one, nothing more is read.
            var people = await members.ListAsync(community.Id, cancellationToken);
            waiting = people.Any(m => m.Holds(Role.Coordinator)) ? await WaitingAsync(community, people, cancellationToken) : new WeekWaiting([], [], people);
        }

        var items = new List<PlanItem>();
        foreach (var coordinator in waiting.Members.Where(m => m.Holds(Role.Coordinator)).Take(1))
        {
            foreach (var vote in PendingVotes(waiting, coordinator))
            {
                var d = vote.Decision;
                var due = community.Clock.Today(d.Draft.Deadline);
                items.Add(new PlanItem(d.Number.ToString(), $"{d.Number} {d.Draft.Title}", MoscowClass.Must, WaitingItemHours, due, PlanSource.Decision, due < today));
            }

            foreach (var step in DueSteps(waiting, coordinator, monday.AddDays(6)))
            {
                items.Add(new PlanItem($"{step.Municipality}|{step.Step.Key}", Domain.Onboarding.Municipalities.OfficialName(step.Municipality),
                    MoscowClass.Must, WaitingItemHours, step.Step.Due, PlanSource.Onboarding, step.Step.IsOverdue(today), step.Step.DefaultKey, step.Step.Title));
            }
        }

        // What other features have waiting for the coordinator (the backlog's wishes and items beyond the mandate).
        foreach (var contributor in contributors)
        {
            items.AddRange(await contributor.WaitingForCoordinatorAsync(community, today, cancellationToken));
        }

        return (WeeklyPlan.Build(monday, community.WeeklyHourBudget, all, items, today), all);
    }

    /// <summary>Open decisions of the person's bodies they have not voted on, and (for the coordinator) those awaiting an outcome.</summary>
    public IReadOnlyList<NudgeCard.PendingVote> PendingVotes(WeekWaiting waiting, Member person)
    {
        var now = time.GetUtcNow();
        return [.. waiting.OpenDecisions
            .Where(open =>
            {
                var decision = open.Decision;
                var mustVote = person.Holds(decision.Draft.Body.Role()) && !open.HasVoted(person.AadObjectId);
                var mustRecord = decision.Draft.Rule.Kind == RuleKind.ProposerRecords && decision.IsPastDeadline(now) &&
                    (person.Holds(Role.Coordinator) || decision.ProposerId == person.AadObjectId);
                return mustVote || mustRecord;
            })
            .Select(open => new NudgeCard.PendingVote(open.Decision))];
    }

    /// <summary>The person's own open onboarding steps (their municipality's, their company's) due by <paramref name="until"/>.</summary>
    public static IReadOnlyList<NudgeCard.DueStep> DueSteps(WeekWaiting waiting, Member person, DateOnly until) =>
        [.. OnboardingAuthority.StepsToNudge(person, waiting.Onboardings, until)
            .Select(d => new NudgeCard.DueStep(d.Onboarding.Details.Municipality, d.Step))];
}
