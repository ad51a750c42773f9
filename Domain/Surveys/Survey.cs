namespace CoordinatorBot.Domain.Surveys;

/// <summary>
/// A survey as sent: its questions, whether it is anonymous, whom it asked (their Entra object ids: who was asked is
/// no secret, what they answered may be) and the last day answers are taken (on the community's clock).
/// </summary>
public sealed record Survey
{
    public required int Number { get; init; }
    public required string Title { get; init; }
    public string? Intro { get; init; }
    public required IReadOnlyList<SurveyQuestion> Questions { get; init; }
    public required bool Anonymous { get; init; }
    public required SurveyAudience Audience { get; init; }

    /// <summary>The meeting whose attendees were asked, with <see cref="SurveyAudience.MeetingAttendees"/>.</summary>
    public string? MeetingId { get; init; }

    public required IReadOnlyList<string> Recipients { get; init; }

    /// <summary>The last day an answer is taken or changed.</summary>
    public required DateOnly Closes { get; init; }

    public required string CreatedById { get; init; }
    public required string CreatedByName { get; init; }
    public required DateTimeOffset SentAt { get; init; }

    /// <summary>The day the coordinator chose to put the results into the next status report (once closed); null while not chosen.</summary>
    public DateOnly? OfferedForReport { get; init; }

    public bool ForStatusReport => OfferedForReport is not null;

    public bool IsOpen(DateOnly today) => today <= Closes;
}
