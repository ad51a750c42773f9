namespace CoordinatorBot.Domain.Communities;

/// <summary>What the setup card asks for.</summary>
public sealed record CommunitySettings(string ProductName, string TimeZoneId, decimal WeeklyHourBudget,
    Decisions.DecisionRule? SteeringGroupRule = null, Decisions.DecisionRule? CoordinationGroupRule = null,
    DayOfWeek? NudgeDay = null, TimeOnly? NudgeTime = null, string? LanguageCode = null,
    string? MeetingOrganizer = null, Meetings.WorkingHours? WorkingHours = null)
{
    // Backlog and wishes: null keeps what the community has (an older card without the fields).
    public int? SupportThreshold { get; init; }
    public decimal? BacklogBudgetHours { get; init; }
    public decimal? BacklogBudgetDkk { get; init; }
    public Backlog.BudgetPeriod? BacklogBudgetPeriod { get; init; }
    public const int MaxSupportThreshold = 98;

    // The status report: null keeps what the community has (an older card without the fields); a fee of -1 was no number.
    public decimal? YearlyFeeDkk { get; init; }
    public int? StatusDraftDaysBefore { get; init; }
    public int? StatusMonthlyDraftDay { get; init; }
    public const int MaxStatusDraftDaysBefore = 20;
    public const int MaxStatusMonthlyDraftDay = 10;

    // Releases and the secretariat: null keeps what the community has (an older card without the fields); an emptied
    // repository field is "" and removes it.
    public string? ReleaseRepository { get; init; }
    public bool? SecretariatAccess { get; init; }

    public static IReadOnlyList<string> LanguageCodes { get; } = ["da", "en"];

    public const int MaxProductNameLength = Text.TextLimits.ProductName;
    public const decimal MinWeeklyHourBudget = 1m;
    public const decimal MaxWeeklyHourBudget = 60m;

    /// <summary>Validates the settings; returns the problems found, none when valid.</summary>
    public IReadOnlyList<SettingsProblem> Validate(IReadOnlyCollection<string> knownTimeZones)
    {
        var problems = new List<SettingsProblem>();
        if (string.IsNullOrWhiteSpace(ProductName) || ProductName.Trim().Length > MaxProductNameLength)
        {
            problems.Add(SettingsProblem.ProductName);
        }

        if (!knownTimeZones.Contains(TimeZoneId))
        {
            problems.Add(SettingsProblem.TimeZone);
        }

        if (WeeklyHourBudget < MinWeeklyHourBudget || WeeklyHourBudget > MaxWeeklyHourBudget)
        {
            problems.Add(SettingsProblem.HourBudget);
        }

        if (LanguageCode is not null && !LanguageCodes.Contains(LanguageCode))
        {
            problems.Add(SettingsProblem.Language);
        }

        if (SteeringGroupRule is { IsValid: false } || CoordinationGroupRule is { IsValid: false })
        {
            problems.Add(SettingsProblem.DecisionRule);
        }

        if (WorkingHours is { IsValid: false })
        {
            problems.Add(SettingsProblem.WorkingHours);
        }

        if (!string.IsNullOrEmpty(MeetingOrganizer) && Meetings.ExternalAddresses.Parse(MeetingOrganizer) is not { Addresses.Count: 1, Invalid.Count: 0 })
        {
            problems.Add(SettingsProblem.MeetingOrganizer);
        }

        if (SupportThreshold is < 1 or > MaxSupportThreshold || BacklogBudgetHours is < 0 || BacklogBudgetDkk is < 0)
        {
            problems.Add(SettingsProblem.Backlog);
        }

        if (YearlyFeeDkk is <= 0 || StatusDraftDaysBefore is < 1 or > MaxStatusDraftDaysBefore ||
            StatusMonthlyDraftDay is < 1 or > MaxStatusMonthlyDraftDay)
        {
            problems.Add(SettingsProblem.Status);
        }

        if (!string.IsNullOrWhiteSpace(ReleaseRepository) && Releases.RepositoryName.TryParse(ReleaseRepository) is null)
        {
            problems.Add(SettingsProblem.Releases);
        }

        return problems;
    }
}
