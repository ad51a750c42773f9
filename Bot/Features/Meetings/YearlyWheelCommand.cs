using System.Globalization;
using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Domain.Week;
using CoordinatorBot.Storage.Meetings;
using CoordinatorBot.Storage.Week;

namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>"årshjul" / "annual plan" (a year after it, else this year): the year's meetings and yearly tasks, for everyone.</summary>
public sealed class YearlyWheelCommand(MeetingStore meetings, TaskStore tasks, TimeProvider time) : CommunityCommand(CommandIds.YearlyWheel)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, string arguments)
    {
        var community = turn.Community;
        var today = community.Clock.Today(time.GetUtcNow());
        var year = int.TryParse(arguments.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var asked) && asked is >= 2000 and <= 2100
            ? asked : today.Year;
        var zone = community.Clock.Zone;
        var inYear = (await meetings.ListAsync(community.Id, turn.CancellationToken))
            .Where(m => TimeZoneInfo.ConvertTime(m.Start, zone).Year == year).ToList();
        var yearly = (await tasks.ListAsync(community.Id, today, turn.CancellationToken))
            .Where(t => t.Recurrence == Recurrence.Yearly && t.Due.Year <= year)
            .Select(t => new YearlyWheelCard.YearlyTask(
                new DateOnly(year, t.Due.Month, Math.Min(t.Due.Day, DateTime.DaysInMonth(year, t.Due.Month))), turn.Texts.TaskTitle(t.DefaultKey, t.Title)))
            .ToList();
        return Reply.WithCard(YearlyWheelCard.Compose(turn.Texts, year, inYear, yearly, zone));
    }
}
