using CoordinatorBot.Bot.Scheduling;
using CoordinatorBot.Cards.Priorities;
using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Storage.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>24 hours before a decision's deadline, reminds each member of the body who has not voted (once: key reminder|community|decision|person).</summary>
public sealed class DecisionReminderJob(
    CommunityStore communities,
    MemberStore members,
    DecisionStore decisions,
    INudgePreferences preferences,
    ProactiveTargets targets,
    CommunitySender sender) : IScheduledJob
{
    public static readonly TimeSpan Ahead = TimeSpan.FromHours(24);

    public string Name => "decision-reminder";

    public async Task RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var community in await communities.ListActiveAsync(cancellationToken))
        {
            var closing = await decisions.OpenWithDeadlineAsync(community.Id, now, now + Ahead, cancellationToken);
            if (closing.Count == 0)
            {
                continue;
            }

            var all = await members.ListAsync(community.Id, cancellationToken);
            var today = community.Clock.Today(now);
            foreach (var decision in closing)
            {
                var voted = (await decisions.VotesAsync(community.Id, decision.Number, cancellationToken)).Select(v => v.VoterId).ToHashSet();
                foreach (var person in decision.Draft.Body.MembersOf(all).Where(m => !voted.Contains(m.AadObjectId)))
                {
                    if ((await preferences.OfAsync(community.Id, person.AadObjectId, cancellationToken)).Wants(today))
                    {
                        var reach = await targets.ReachAsync(community, person, cancellationToken);
                        var texts = new Texts(reach.Language);
                        await sender.EnqueueAsync($"reminder|{community.Id}|{decision.Number}|{person.AadObjectId}", community, person,
                            NudgeCard.Reminder(texts, decision, community.Clock.Zone), reach.Target, cancellationToken);
                    }
                }
            }
        }
    }
}
