using CoordinatorBot.Bot.Scheduling;
using CoordinatorBot.Cards.Priorities;
using CoordinatorBot.Storage.Scheduling;

namespace CoordinatorBot.Bot.Features.Priorities;

/// <summary>
/// The weekly priority nudge: at each community's nudge time, the coordinator gets the week's plan with what waits and
/// what is overdue; members of the bodies get their own pending votes and steps. Each person's nudge is queued once a
/// week (key nudge|community|week|person), respecting pause, vacation and opt-out. What waits is read once per
/// community (two queries for the open decisions and their votes), each person's chat once.
/// </summary>
public sealed partial class WeeklyNudgeJob(
    CommunityStore communities,
    INudgePreferences preferences,
    JobRunStore runs,
    WeekView week,
    ProactiveTargets targets,
    CommunitySender sender,
    ILogger<WeeklyNudgeJob> logger,
    IEnumerable<IWeekContributor> contributors) : IScheduledJob
{
    public string Name => "weekly-nudge";

    public async Task RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var community in await communities.ListActiveAsync(cancellationToken))
        {
            if (NudgeCalendar.DueToday(community, now) is not { } due ||
                !await runs.TryClaimAsync(Name, $"{community.Id}|{due:yyyy-MM-ddTHH:mm}", now, cancellationToken))
            {
                continue;
            }

            var queued = await NudgeAsync(community, cancellationToken);
            LogQueued(logger, queued, community.Id);
        }
    }

    /// <summary>Queues this week's nudges for the community; returns how many were queued.</summary>
    public async Task<int> NudgeAsync(Community community, CancellationToken cancellationToken)
    {
        var today = week.Today(community);
        var weekKey = ISOWeek.GetYear(today.ToDateTime(TimeOnly.MinValue)) + "-W" +
            ISOWeek.GetWeekOfYear(today.ToDateTime(TimeOnly.MinValue)).ToString("00", CultureInfo.InvariantCulture);
        var weekEnd = week.WeekToShow(community).AddDays(6);
        var product = community.ProductName ?? community.Name;
        var queued = 0;
        var waiting = await week.WaitingAsync(community, cancellationToken);
        foreach (var person in waiting.Members)
        {
            if (!(await preferences.OfAsync(community.Id, person.AadObjectId, cancellationToken)).Wants(today))
            {
                continue;
            }

            // Each person reads their nudge in the language of their own Teams.
            var reach = await targets.ReachAsync(community, person, cancellationToken);
            var texts = new Texts(reach.Language);
            var votes = week.PendingVotes(waiting, person);
            var steps = WeekView.DueSteps(waiting, person, weekEnd);
            Cards.Model.AdaptiveCard? card = null;
            if (person.Holds(Role.Coordinator))
            {
                var (plan, _) = await week.PlanAsync(community, cancellationToken, waiting: waiting);
                card = NudgeCard.ForCoordinator(texts, product, plan, votes, steps, community.Clock.Zone, today);
            }
            else
            {
                // Other features' lines (a supplier's backlog items in progress and in test).
                var sections = new List<NudgeSection>();
                foreach (var contributor in contributors)
                {
                    sections.AddRange(await contributor.NudgeSectionsAsync(community, person, texts, cancellationToken));
                }

                if (((person.Holds(Role.SteeringGroup) || person.Holds(Role.CoordinationGroup) || steps.Count > 0) && (votes.Count > 0 || steps.Count > 0))
                    || sections.Count > 0)
                {
                    card = NudgeCard.ForMember(texts, product, votes, steps, community.Clock.Zone, sections);
                }
            }

            if (card is not null &&
                await sender.EnqueueAsync($"nudge|{community.Id}|{weekKey}|{person.AadObjectId}", community, person, card, reach.Target, cancellationToken))
            {
                queued++;
            }
        }

        return queued;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued {Count} weekly nudges for {CommunityId}")]
    private static partial void LogQueued(ILogger logger, int count, string communityId);
}
