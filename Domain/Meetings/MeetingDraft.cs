namespace CoordinatorBot.Domain.Meetings;

/// <summary>
/// A meeting as the form entered it, on the community's wall clock: a date, a start and a duration. Null date or
/// start: the field could not be read.
/// </summary>
/// <param name="Place">Where the meeting is held; null for an online meeting (Teams).</param>
/// <param name="InvalidExternal">Entries among the external addresses that are no address.</param>
/// <param name="RepeatMonths">0: one meeting; 1 or 3: a series on the same weekday of the month, monthly or quarterly.</param>
public sealed record MeetingDraft(
    MeetingKind Kind,
    string Title,
    DateOnly? Date,
    TimeOnly? Start,
    TimeSpan Duration,
    MeetingInvitees Invitees,
    IReadOnlyList<string> Agenda,
    string? Place,
    IReadOnlyList<string>? InvalidExternal = null,
    int RepeatMonths = 0)
{
    /// <summary>The agenda typed one item a line: the lines that hold something, without list numbers or bullets.</summary>
    public static IReadOnlyList<string> AgendaFrom(string? text) =>
        [.. (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.TrimStart('-', '*', '•', ' ', '\t'))
            .Select(line => System.Text.RegularExpressions.Regex.Replace(line, @"^\d{1,3}[.)]\s*", string.Empty))
            .Where(line => line.Length > 0)];

    /// <summary>The start as an instant, across daylight saving; null when the date or time is missing.</summary>
    public DateTimeOffset? StartAt(CommunityClock clock) =>
        Date is { } date && Start is { } start ? clock.ToInstant(date, start) : null;

    /// <summary>The problems that keep the meeting from being planned at <paramref name="now"/>; none when it can be.</summary>
    public IReadOnlyList<MeetingProblem> Validate(DateTimeOffset now, CommunityClock clock)
    {
        var problems = new List<MeetingProblem>();
        if (string.IsNullOrWhiteSpace(Title) || TextLimits.Exceeds(Title, MeetingLimits.Title))
        {
            problems.Add(MeetingProblem.Title);
        }

        if (Date is null)
        {
            problems.Add(MeetingProblem.Date);
        }

        if (Start is null)
        {
            problems.Add(MeetingProblem.Start);
        }

        if (Duration <= TimeSpan.Zero || Duration < MeetingLimits.MinDuration)
        {
            problems.Add(MeetingProblem.EndBeforeStart);
        }
        else if (Duration > MeetingLimits.MaxDuration)
        {
            problems.Add(MeetingProblem.TooLong);
        }

        if (StartAt(clock) is { } start && start <= now)
        {
            problems.Add(MeetingProblem.DateInPast);
        }

        if (Invitees.IsEmpty)
        {
            problems.Add(MeetingProblem.NoAttendees);
        }

        if (InvalidExternal is { Count: > 0 } || Invitees.ExternalEmails.Count > MeetingLimits.ExternalAddresses)
        {
            problems.Add(MeetingProblem.ExternalAddress);
        }

        if (Agenda.Count > MeetingLimits.AgendaItems || TextLimits.Exceeds(string.Join('\n', Agenda), MeetingLimits.Agenda))
        {
            problems.Add(MeetingProblem.Agenda);
        }

        if (TextLimits.Exceeds(Place, MeetingLimits.Place))
        {
            problems.Add(MeetingProblem.Place);
        }

        return problems;
    }
}
