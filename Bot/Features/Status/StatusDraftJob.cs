using CoordinatorBot.Bot.Scheduling;
using CoordinatorBot.Cards.Status;
using CoordinatorBot.Domain.Meetings;
using CoordinatorBot.Domain.Status;

namespace CoordinatorBot.Bot.Features.Status;

/// <summary>
/// Prepares a status report's draft a set number of office days before each steering-group meeting (from the yearly
/// wheel's meetings), or on a set office day of the month when none is coming, and tells the coordinator through the
/// outbox, once per meeting or month (the key). Nothing is published: that is the coordinator's press.
/// </summary>
public sealed class StatusDraftJob(
    CommunityStore communities,
    MemberStore members,
    IMeetingReadings meetings,
    INudgePreferences preferences,
    ProactiveTargets targets,
    CommunitySender sender,
    StatusReports reports) : IScheduledJob
{
    public string Name => "status-draft";

    public async Task RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var (community, today) in await communities.OnOfficeDayAsync(now, cancellationToken))
        {
            if (!community.IsSetUp)
            {
                continue;
            }

            if (await DueAsync(community, today, now, cancellationToken) is not { } due)
            {
                continue;
            }

            var sent = false;
            foreach (var coordinator in (await members.ListAsync(community.Id, cancellationToken)).Where(m => m.Holds(Role.Coordinator)))
            {
                if (!(await preferences.OfAsync(community.Id, coordinator.AadObjectId, cancellationToken)).Wants(today))
                {
                    continue;
                }

                var reach = await targets.ReachAsync(community, coordinator, cancellationToken);
                var texts = new Texts(reach.Language);
                var before = due.Meeting is { } meeting ? $"{meeting.Title} ({texts.DateTime(meeting.Start, community.Clock.Zone)})" : texts.Day(today);
                sent |= await sender.EnqueueAsync($"status-draft|{community.Id}|{due.Key}|{coordinator.AadObjectId}", community, coordinator,
                    StatusDraftReadyCard.Compose(texts, before), reach.Target, cancellationToken);
            }

            // Composed once, when the coordinator is first told: a later run leaves their draft and its mark alone.
            if (sent)
            {
                await reports.ComposeDraftAsync(community, cancellationToken);
            }
        }
    }

    private async Task<(string Key, Meeting? Meeting)?> DueAsync(Community community, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var steering = (await meetings.ListAsync(community.Id, cancellationToken))
            .Where(m => m.Kind == MeetingKind.SteeringGroup && !m.IsCancelled && m.Start > now).OrderBy(m => m.Start).ToList();
        foreach (var meeting in steering)
        {
            var day = community.Clock.Today(meeting.Start);
            if (today >= StatusSchedule.DraftDay(day, community.StatusDraftDaysBefore) && today < day)
            {
                return (meeting.Id, meeting);
            }
        }

        if (steering.Count == 0 && today == StatusSchedule.MonthlyDraftDay(today.Year, today.Month, community.StatusMonthlyDraftDay))
        {
            return ($"{today:yyyy-MM}", null);
        }

        return null;
    }
}
