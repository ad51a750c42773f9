using CoordinatorBot.Cards.Meetings;
using CoordinatorBot.Domain.Priorities;
using CoordinatorBot.Storage.Meetings;

namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>The yearly wheel of one year: its meetings, and the yearly tasks on the office days they fall due.</summary>
public sealed class YearlyWheelView(MeetingStore meetings, ICoordinatorTasks tasks, TimeProvider time)
{
    public int ThisYear(CommunityTurn turn) => turn.Community.Clock.Today(time.GetUtcNow()).Year;

    public async Task<AdaptiveCard> ComposeAsync(CommunityTurn turn, int year)
    {
        var community = turn.Community;
        var zone = community.Clock.Zone;
        var inYear = (await meetings.ListAsync(community.Id, turn.CancellationToken))
            .Where(m => TimeZoneInfo.ConvertTime(m.Start, zone).Year == year).ToList();
        var yearly = (await tasks.ListAsync(community.Id, community.Clock.Today(time.GetUtcNow()), turn.CancellationToken))
            .Where(t => t.Recurrence == Recurrence.Yearly)
            .SelectMany(t => Occurrences.InYear(t, year).Select(day => new YearlyWheelCard.YearlyTask(day, turn.Texts.TaskTitle(t.DefaultKey, t.Title))))
            .ToList();
        return YearlyWheelCard.Compose(turn.Texts, year, inYear, yearly, zone);
    }
}
