namespace CoordinatorBot.Domain.Meetings;

/// <summary>Where to look for a time: the office days, the working hours on the community's clock, and how long.</summary>
/// <param name="NotBefore">No slot starts before this (now).</param>
public sealed record SlotSearch(IReadOnlyList<DateOnly> Days, WorkingHours Hours, TimeSpan Duration, CommunityClock Clock, DateTimeOffset NotBefore)
{
    /// <summary>How many office days ahead a search looks.</summary>
    public const int OfficeDaysAhead = 10;

    /// <summary>Slots start on the hour and the half hour.</summary>
    public static readonly TimeSpan Step = TimeSpan.FromMinutes(30);

    /// <summary>The first moment the search covers: the first day's start of work, as an instant.</summary>
    public DateTimeOffset From => Clock.ToInstant(Days[0], Hours.Start);

    /// <summary>The last moment the search covers: the last day's end of work, as an instant.</summary>
    public DateTimeOffset Until => Clock.ToInstant(Days[^1], Hours.End);

    /// <summary>The next <paramref name="count"/> office days after <paramref name="today"/>.</summary>
    public static IReadOnlyList<DateOnly> NextOfficeDays(DateOnly today, int count = OfficeDaysAhead)
    {
        var days = new List<DateOnly>(count);
        for (var day = today.AddDays(1); days.Count < count; day = day.AddDays(1))
        {
            if (Priorities.OfficeDays.IsOfficeDay(day))
            {
                days.Add(day);
            }
        }

        return days;
    }
}
