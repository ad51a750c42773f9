namespace CoordinatorBot.Domain.Meetings;

/// <summary>
/// Finds the best times for a meeting from the attendees' calendars: every half hour within the working hours of the
/// office days, ranked by how many attendees are free, then by how early. An attendee whose calendar could not be read
/// is never counted free; a time nobody is known to be free is not suggested.
/// </summary>
public static class SlotFinder
{
    public const int Suggestions = 3;

    public static IReadOnlyList<SlotSuggestion> Find(SlotSearch search, IReadOnlyList<AttendeeAvailability> attendees, int count = Suggestions)
    {
        if (!search.Hours.IsValid || search.Duration <= TimeSpan.Zero)
        {
            return [];
        }

        var candidates = new List<SlotSuggestion>();
        var latestStart = search.Hours.End.ToTimeSpan() - search.Duration;
        foreach (var day in search.Days)
        {
            // Wall-clock steps, each made an instant on its own: a week with a daylight-saving change keeps 08.00 at 08.00.
            for (var local = search.Hours.Start.ToTimeSpan(); local <= latestStart; local += SlotSearch.Step)
            {
                var start = search.Clock.ToInstant(day, TimeOnly.FromTimeSpan(local));
                if (start >= search.NotBefore)
                {
                    candidates.Add(Slot(start, start + search.Duration, attendees));
                }
            }
        }

        return [.. candidates.Where(s => s.Free.Count > 0).OrderByDescending(s => s.Free.Count).ThenBy(s => s.Start).Take(count)];
    }

    private static SlotSuggestion Slot(DateTimeOffset start, DateTimeOffset end, IReadOnlyList<AttendeeAvailability> attendees) =>
        new(start, end,
            [.. attendees.Where(a => a.IsFree(start, end)).Select(a => a.Attendee)],
            [.. attendees.Where(a => !a.IsUnknown && !a.IsFree(start, end)).Select(a => a.Attendee)],
            [.. attendees.Where(a => a.IsUnknown).Select(a => a.Attendee)]);
}
