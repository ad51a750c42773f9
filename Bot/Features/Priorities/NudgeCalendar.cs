using Cronos;
using CoordinatorBot.Domain.Priorities;

namespace CoordinatorBot.Bot.Features.Priorities;

/// <summary>
/// When a community's weekly nudge is due: its cron schedule (day and time, e.g. "0 8 * * MON") on the community's
/// clock, correct across daylight-saving changes; moved to the next working day when it falls on a Danish holiday.
/// A run missed while the bot was down is made when it returns the same day, never later.
/// </summary>
public static class NudgeCalendar
{
    public static string Cron(Community community) =>
        $"{community.NudgeTime.Minute} {community.NudgeTime.Hour} * * {(int)community.NudgeDay}";

    /// <summary>The nudge time due today and already passed, or null when none is due today.</summary>
    public static DateTimeOffset? DueToday(Community community, DateTimeOffset now)
    {
        var clock = community.Clock;
        var zone = clock.Zone;
        var cron = CronExpression.Parse(Cron(community));
        var today = clock.Today(now);
        foreach (var occurrence in cron.GetOccurrences(now.AddDays(-14).UtcDateTime, now.UtcDateTime, zone, fromInclusive: true, toInclusive: true).Reverse())
        {
            var local = clock.ToLocal(new DateTimeOffset(occurrence, TimeSpan.Zero));
            var day = DanishHolidays.NextWorkingDay(DateOnly.FromDateTime(local.DateTime));
            if (day != today)
            {
                continue;
            }

            var due = day == DateOnly.FromDateTime(local.DateTime) ? new DateTimeOffset(occurrence, TimeSpan.Zero) : clock.ToInstant(day, community.NudgeTime);
            return due <= now ? due : null;
        }

        return null;
    }

}
