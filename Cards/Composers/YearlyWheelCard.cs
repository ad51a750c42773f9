using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Cards.Model;
using CoordinatorBot.Domain.Meetings;
using static CoordinatorBot.Cards.Composers.CardParts;

namespace CoordinatorBot.Cards.Composers;

/// <summary>
/// The yearly wheel (årshjul): the year's meetings and the coordinator's yearly tasks, month by month, on one card.
/// </summary>
public static class YearlyWheelCard
{
    /// <summary>A yearly task's day in the year and its title.</summary>
    public sealed record YearlyTask(DateOnly Day, string Title);

    public static AdaptiveCard Compose(Texts texts, int year, IReadOnlyList<Meeting> meetings, IReadOnlyList<YearlyTask> tasks, TimeZoneInfo zone)
    {
        var title = texts.YearlyWheelTitle(year);
        var body = new List<CardElement> { Title(title) };
        if (meetings.Count == 0 && tasks.Count == 0)
        {
            body.Add(Paragraph(texts.YearlyWheelEmpty(year)));
        }

        for (var month = 1; month <= 12; month++)
        {
            var inMonth = meetings.Where(m => TimeZoneInfo.ConvertTime(m.Start, zone).Month == month).OrderBy(m => m.Start).ToList();
            var due = tasks.Where(t => t.Day.Month == month).OrderBy(t => t.Day).ToList();
            if (inMonth.Count == 0 && due.Count == 0)
            {
                continue;
            }

            body.Add(Subtitle(texts.Culture.DateTimeFormat.GetMonthName(month)));
            var lines = inMonth.Select(m => texts.YearlyWheelMeeting(MeetingTimes.Short(texts, m.Start, zone),
                    texts.MeetingName(m.Kind, m.Title), texts.MeetingStatusName(m.Status)))
                .Concat(due.Select(t => texts.YearlyWheelTask(t.Day.ToString(texts.MeetingWheelDayFormat, texts.Culture), t.Title)));
            body.Add(new TextBlock(string.Join('\n', lines)) { Spacing = Spacing.None });
        }

        return Card(texts, title, body, [RunCommand(texts, texts.MeetingNewButton, CommandIds.MeetingNew)]);
    }
}
