using CoordinatorBot.Bot.Features.Community;
using CoordinatorBot.Bot.Features.Priorities;
using CoordinatorBot.Bot.Scheduling;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Cards.Texts;
using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Storage.Communities;
using CoordinatorBot.Storage.Decisions;
using CoordinatorBot.Storage.Week;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>24 hours before a decision's deadline, reminds each member of the body who has not voted (once: key reminder|community|decision|person).</summary>
public sealed class DecisionReminderJob(
    CommunityStore communities,
    MemberStore members,
    DecisionStore decisions,
    TaskStore preferences,
    ProactiveTargets targets,
    OutboxWriter outbox) : IScheduledJob
{
    public static readonly TimeSpan Ahead = TimeSpan.FromHours(24);

    public string Name => "decision-reminder";

    public async Task RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var community in await communities.ListActiveAsync(cancellationToken).ConfigureAwait(false))
        {
            var closing = (await decisions.ListAsync(community.Id, cancellationToken).ConfigureAwait(false))
                .Where(d => d.IsOpen && d.Draft.Deadline > now && d.Draft.Deadline <= now + Ahead).ToList();
            if (closing.Count == 0)
            {
                continue;
            }

            var all = await members.ListAsync(community.Id, cancellationToken).ConfigureAwait(false);
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, community.Zone()).DateTime);
            foreach (var decision in closing)
            {
                var voted = (await decisions.VotesAsync(community.Id, decision.Number, cancellationToken).ConfigureAwait(false)).Select(v => v.VoterId).ToHashSet();
                foreach (var person in decision.Draft.Body.MembersOf(all).Where(m => !voted.Contains(m.AadObjectId)))
                {
                    if ((await preferences.PreferenceAsync(community.Id, person.AadObjectId, cancellationToken).ConfigureAwait(false)).Wants(today))
                    {
                        var texts = new Texts(await targets.LanguageAsync(community, person, cancellationToken).ConfigureAwait(false));
                        await outbox.EnqueueAsync($"reminder|{community.Id}|{decision.Number}|{person.AadObjectId}", community, person,
                            NudgeCard.Reminder(texts, decision, community.Zone()), cancellationToken).ConfigureAwait(false);
                    }
                }
            }
        }
    }
}
