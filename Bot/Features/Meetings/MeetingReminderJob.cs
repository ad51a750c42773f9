using CoordinatorBot.Bot.Scheduling;
using CoordinatorBot.Cards.Meetings;
using CoordinatorBot.Domain.Meetings;
using CoordinatorBot.Storage.Meetings;

namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>
/// Reminds the coordinator, on the community's office days, that a meeting's agenda is due (from ten office days
/// before it, while none was sent) and that its minutes are due (from the office day after it, for a week, while none
/// were written). Through the outbox, once per meeting and person (the key); a paused or away coordinator is skipped.
/// </summary>
public sealed class MeetingReminderJob(
    CommunityStore communities,
    MemberStore members,
    MeetingStore meetings,
    INudgePreferences preferences,
    ProactiveTargets targets,
    CommunitySender sender) : IScheduledJob
{
    /// <summary>How long after its due day a missed minutes reminder is still sent.</summary>
    public const int MinutesReminderDays = 7;

    public string Name => "meeting-reminder";

    public async Task RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var (community, today) in await communities.OnOfficeDayAsync(now, cancellationToken))
        {
            var due = new List<(Meeting Meeting, bool Agenda)>();
            foreach (var meeting in await meetings.ListAsync(community.Id, cancellationToken))
            {
                var day = community.Clock.Today(meeting.Start);
                if (meeting.Status == MeetingStatus.Planned && today >= MeetingDeadlines.AgendaDue(day) && today < day)
                {
                    due.Add((meeting, true));
                }
                else if (meeting.Status is MeetingStatus.Planned or MeetingStatus.AgendaSent &&
                         MeetingDeadlines.MinutesDue(day) is var minutes && today >= minutes && today <= minutes.AddDays(MinutesReminderDays))
                {
                    due.Add((meeting, false));
                }
            }

            if (due.Count == 0)
            {
                continue;
            }

            foreach (var coordinator in (await members.ListAsync(community.Id, cancellationToken)).Where(m => m.Holds(Role.Coordinator)))
            {
                if (!(await preferences.OfAsync(community.Id, coordinator.AadObjectId, cancellationToken)).Wants(today))
                {
                    continue;
                }

                var reach = await targets.ReachAsync(community, coordinator, cancellationToken);
                var texts = new Texts(reach.Language);
                foreach (var (meeting, agenda) in due)
                {
                    await sender.EnqueueAsync($"{(agenda ? "agenda-due" : "minutes-due")}|{community.Id}|{meeting.Id}|{coordinator.AadObjectId}",
                        community, coordinator,
                        agenda ? MeetingReminderCard.AgendaDue(texts, meeting, community.Clock.Zone) : MeetingReminderCard.MinutesDue(texts, meeting, community.Clock.Zone),
                        reach.Target, cancellationToken);
                }
            }
        }
    }
}
