using CoordinatorBot.Domain.Meetings;

namespace CoordinatorBot.Cards.Meetings;

/// <summary>
/// The yearly wheel (årshjul): the year's meetings and the coordinator's yearly tasks, month by month, on one card.
/// </summary>
public static class YearlyWheelCard
{
    /// <summary>A yearly task's day in the year and its title.</summary>
    public sealed record YearlyTask(DateOnly Day, string Title);

    /// <summary>The years the wheel shows: a year typed outside them is taken as no year.</summary>
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

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

        // In December this year is mostly behind: the next year (and the one before) is one press away.
        var actions = new List<CardAction>();
        if (year > FirstYear)
        {
            actions.Add(Execute(texts, texts.YearlyWheelPrevious(year - 1), CardVerbs.YearlyWheelYear, (CardVerbs.YearKey, Year(year - 1))));
        }

        if (year < LastYear)
        {
            actions.Add(Execute(texts, texts.YearlyWheelNext(year + 1), CardVerbs.YearlyWheelYear, (CardVerbs.YearKey, Year(year + 1))));
        }

        actions.Add(RunCommand(texts, texts.MeetingNewButton, CommandIds.MeetingNew));
        return Card(texts, title, body, actions);
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
