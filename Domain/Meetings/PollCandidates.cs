namespace CoordinatorBot.Domain.Meetings;

/// <summary>
/// Times to put to the attendees in a poll when no calendar can be read (no Graph): the form's date and start, then the
/// same start on the office days after it. Nobody is known to be free then: every attendee is unknown until they answer.
/// </summary>
public static class PollCandidates
{
    /// <param name="date">The form's date; the next office day when it is missing.</param>
    /// <param name="start">The form's start; the start of the working hours when it is missing.</param>
    public static IReadOnlyList<SlotSuggestion> From(DateOnly? date, TimeOnly? start, TimeSpan duration, WorkingHours hours,
        IReadOnlyList<MeetingAttendee> attendees, CommunityClock clock, DateTimeOffset now, int count = SlotFinder.Suggestions)
    {
        var today = clock.Today(now);
        var time = start ?? hours.Start;
        var day = date ?? SlotSearch.NextOfficeDays(today, 1)[0];
        var slots = new List<SlotSuggestion>(count);
        // A bounded walk: the office days of the next few months hold the count many times over.
        for (var tries = 0; slots.Count < count && tries < 120; tries++, day = day.AddDays(1))
        {
            var at = clock.ToInstant(day, time);
            // The date the coordinator chose counts even on a day off; the days after it are office days.
            if (at > now && (day == date || Priorities.OfficeDays.IsOfficeDay(day)))
            {
                slots.Add(new SlotSuggestion(at, at + duration, [], [], attendees));
            }
        }

        return slots;
    }
}
