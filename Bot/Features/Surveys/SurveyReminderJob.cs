using CoordinatorBot.Bot.Scheduling;
using CoordinatorBot.Domain.Surveys;

namespace CoordinatorBot.Bot.Features.Surveys;

/// <summary>
/// Two office days before a survey closes, reminds those asked who have not answered: once (the outbox key
/// "survey-reminder|{community}|{number}|{person}", whatever the ticks), on office days, and only while the survey is
/// open. A person who left the community is not reminded.
/// </summary>
public sealed class SurveyReminderJob(CommunityStore communities, MemberStore members, SurveyService surveys) : IScheduledJob
{
    public string Name => "survey-reminder";

    public async Task RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var (community, today) in await communities.OnOfficeDayAsync(now, cancellationToken))
        {
            var due = (await surveys.ListAsync(community, cancellationToken)).Where(s => SurveyDates.ReminderDue(s, today)).ToList();
            if (due.Count == 0)
            {
                continue;
            }

            var people = await members.ListAsync(community.Id, cancellationToken);
            foreach (var survey in due)
            {
                var waiting = (await surveys.NotAnsweredAsync(community, survey, cancellationToken)).ToHashSet(StringComparer.Ordinal);
                await surveys.InviteAsync(community, survey, [.. people.Where(p => p.Roles.Count > 0 && waiting.Contains(p.AadObjectId))],
                    reminder: true, cancellationToken);
            }
        }
    }
}
