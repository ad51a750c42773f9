using CoordinatorBot.Domain.Backlog;

namespace CoordinatorBot.Domain.Status;

/// <summary>
/// A status report for a period, composed from the bot's own data. A draft has no <see cref="Number"/>; once published
/// it gets one and is stored unchanged. An empty list means the feature had no data, and the card says so.
/// </summary>
public sealed record StatusReport
{
    public StatusReportNumber? Number { get; init; }
    public required DateOnly From { get; init; }
    public required DateOnly To { get; init; }

    public IReadOnlyList<DecisionLine> DecisionsTaken { get; init; } = [];
    public IReadOnlyList<DecisionLine> DecisionsOpen { get; init; } = [];

    public IReadOnlyList<ClassLine> Classes { get; init; } = [];
    public IReadOnlyList<StatusCount> Statuses { get; init; } = [];
    public BacklogBudget Budget { get; init; } = new(null, null, BudgetPeriod.Quarter);

    /// <summary>The product's yearly fee (setup) and the kroner of the items prioritised in the period's calendar year.</summary>
    public decimal? YearlyFeeDkk { get; init; }
    public decimal PrioritisedInYearDkk { get; init; }

    /// <summary>Wishes raised in the period.</summary>
    public int WishesReceived { get; init; }

    /// <summary>The open wishes with the most support, most first.</summary>
    public IReadOnlyList<WishLine> TopWishes { get; init; } = [];

    public IReadOnlyList<OnboardingLine> Onboardings { get; init; } = [];
    public IReadOnlyList<MeetingLine> MeetingsHeld { get; init; } = [];
    public IReadOnlyList<MeetingLine> MeetingsComing { get; init; } = [];

    /// <summary>MUST hours per week over the last weeks up to the period's end.</summary>
    public IReadOnlyList<WeekHours> MustWeeks { get; init; } = [];
    public decimal WeeklyHourBudget { get; init; }

    /// <summary>
    /// Closed user surveys the coordinator put into this report. Absent in reports stored before surveys existed: none,
    /// and the card shows no part for them.
    /// </summary>
    public IReadOnlyList<SurveyLine> Surveys { get; init; } = [];

    /// <summary>
    /// The releases dated in the period. Absent in reports stored before releases existed: none, and the card shows no
    /// part for them, as for a period without a release.
    /// </summary>
    public IReadOnlyList<ReleaseLine> Releases { get; init; } = [];

    public StatusMark? Mark { get; init; }
    public string? MarkWhy { get; init; }

    /// <summary>The coordinator's line per area, where they wrote one.</summary>
    public IReadOnlyDictionary<StatusArea, string> AreaNotes { get; init; } = new Dictionary<StatusArea, string>();

    public required DateTimeOffset ComposedAt { get; init; }
    public string? PublishedByName { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }

    public bool IsPublished => Number is not null;

    /// <summary>The backlog has items at all.</summary>
    public bool HasBacklog => Classes.Any(c => c.Count > 0);

    /// <summary>Committed estimates of all classes: what counts against the budget.</summary>
    public Estimate Committed => Classes.Aggregate(Estimate.None, (sum, c) => sum + c.Committed);
}
