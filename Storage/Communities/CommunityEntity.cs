using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Storage.Communities;

/// <summary>The community's own row: PartitionKey = community id, RowKey = <see cref="RowKeyValue"/>.</summary>
public sealed class CommunityEntity : StoredRow
{
    public const string RowKeyValue = "community";

    public CommunityEntity() => RowKey = RowKeyValue;

    public string Id { get; set; } = string.Empty;
    public string TenantId { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string ServiceUrl { get; set; } = string.Empty;
    public string ConversationId { get; set; } = string.Empty;
    public string BotId { get; set; } = string.Empty;
    public string? ProductName { get; set; }
    public string TimeZoneId { get; set; } = Community.DefaultTimeZoneId;
    public double WeeklyHourBudget { get; set; } = (double)Community.DefaultWeeklyHourBudget;
    public bool IsActive { get; set; }
    public bool IsTeam { get; set; } = true;

    /// <summary>The <see cref="Domain.Communities.ChannelKind"/> by name; rows written before it existed are teams (layout 5's step writes it).</summary>
    public string ChannelKind { get; set; } = nameof(Domain.Communities.ChannelKind.Team);
    public string LanguageCode { get; set; } = Community.DefaultLanguageCode;
    public string? InstalledBy { get; set; }
    public string? SetUpBy { get; set; }
    public DateTimeOffset? SetUpAt { get; set; }
    public int NudgeDay { get; set; } = (int)DayOfWeek.Monday;
    public string NudgeTime { get; set; } = "08:00";
    public string SteeringGroupRule { get; set; } = nameof(RuleKind.SimpleMajority);
    public int SteeringGroupParticipation { get; set; }
    public string CoordinationGroupRule { get; set; } = nameof(RuleKind.SimpleMajority);
    public int CoordinationGroupParticipation { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? MeetingOrganizer { get; set; }
    public string WorkingHoursStart { get; set; } = "08:00";
    public string WorkingHoursEnd { get; set; } = "16:00";
    public int SupportThreshold { get; set; } = Community.DefaultSupportThreshold;
    public double? BacklogBudgetHours { get; set; }
    public double? BacklogBudgetDkk { get; set; }
    public string BacklogBudgetPeriod { get; set; } = nameof(Domain.Backlog.BudgetPeriod.Quarter);
    public double? YearlyFeeDkk { get; set; }
    public int StatusDraftDaysBefore { get; set; } = Community.DefaultStatusDraftDaysBefore;
    public int StatusMonthlyDraftDay { get; set; } = 1;

    /// <summary>Optional: absent in rows written before releases, which then have no repository.</summary>
    public string? ReleaseRepository { get; set; }

    /// <summary>Optional: absent (null) means granted, as for every community before the setting existed.</summary>
    public bool? SecretariatAccess { get; set; }

    public Community ToCommunity() => new()
    {
        Id = Id,
        TenantId = TenantId,
        Name = Name,
        Channel = new ChannelAddress(ServiceUrl, ConversationId, BotId),
        ProductName = ProductName,
        TimeZoneId = TimeZoneId,
        WeeklyHourBudget = (decimal)WeeklyHourBudget,
        IsActive = IsActive,
        IsTeam = IsTeam,
        ChannelKind = Enum.TryParse<Domain.Communities.ChannelKind>(ChannelKind, out var kind) ? kind : Domain.Communities.ChannelKind.Team,
        LanguageCode = LanguageCode,
        InstalledBy = InstalledBy,
        SetUpBy = SetUpBy,
        SetUpAt = SetUpAt,
        NudgeDay = (DayOfWeek)NudgeDay,
        NudgeTime = TimeOnly.TryParse(NudgeTime, System.Globalization.CultureInfo.InvariantCulture, out var time) ? time : new TimeOnly(8, 0),
        SteeringGroupRule = Rule(SteeringGroupRule, SteeringGroupParticipation),
        CoordinationGroupRule = Rule(CoordinationGroupRule, CoordinationGroupParticipation),
        CreatedAt = CreatedAt,
        MeetingOrganizer = MeetingOrganizer,
        WorkingHours = Hours(WorkingHoursStart, WorkingHoursEnd),
        SupportThreshold = SupportThreshold,
        BacklogBudget = new Domain.Backlog.BacklogBudget((decimal?)BacklogBudgetHours, (decimal?)BacklogBudgetDkk,
            Enum.TryParse<Domain.Backlog.BudgetPeriod>(BacklogBudgetPeriod, out var period) ? period : Domain.Backlog.BudgetPeriod.Quarter),
        YearlyFeeDkk = (decimal?)YearlyFeeDkk,
        StatusDraftDaysBefore = StatusDraftDaysBefore,
        StatusMonthlyDraftDay = StatusMonthlyDraftDay,
        ReleaseRepository = ReleaseRepository,
        SecretariatAccess = SecretariatAccess ?? true,
    };

    public static CommunityEntity From(Community community) => new()
    {
        Id = community.Id,
        TenantId = community.TenantId,
        Name = community.Name,
        ServiceUrl = community.Channel.ServiceUrl,
        ConversationId = community.Channel.ConversationId,
        BotId = community.Channel.BotId,
        ProductName = community.ProductName,
        TimeZoneId = community.TimeZoneId,
        WeeklyHourBudget = (double)community.WeeklyHourBudget,
        IsActive = community.IsActive,
        IsTeam = community.IsTeam,
        ChannelKind = community.ChannelKind.ToString(),
        LanguageCode = community.LanguageCode,
        InstalledBy = community.InstalledBy,
        SetUpBy = community.SetUpBy,
        SetUpAt = community.SetUpAt,
        NudgeDay = (int)community.NudgeDay,
        NudgeTime = community.NudgeTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        SteeringGroupRule = community.SteeringGroupRule.Kind.ToString(),
        SteeringGroupParticipation = community.SteeringGroupRule.MinimumParticipationPercent,
        CoordinationGroupRule = community.CoordinationGroupRule.Kind.ToString(),
        CoordinationGroupParticipation = community.CoordinationGroupRule.MinimumParticipationPercent,
        CreatedAt = community.CreatedAt,
        MeetingOrganizer = community.MeetingOrganizer,
        WorkingHoursStart = community.WorkingHours.Start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        WorkingHoursEnd = community.WorkingHours.End.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        SupportThreshold = community.SupportThreshold,
        BacklogBudgetHours = (double?)community.BacklogBudget.Hours,
        BacklogBudgetDkk = (double?)community.BacklogBudget.Dkk,
        BacklogBudgetPeriod = community.BacklogBudget.Period.ToString(),
        YearlyFeeDkk = (double?)community.YearlyFeeDkk,
        StatusDraftDaysBefore = community.StatusDraftDaysBefore,
        StatusMonthlyDraftDay = community.StatusMonthlyDraftDay,
        ReleaseRepository = community.ReleaseRepository,
        SecretariatAccess = community.SecretariatAccess,
    };

    private static Domain.Meetings.WorkingHours Hours(string start, string end) =>
        TimeOnly.TryParse(start, System.Globalization.CultureInfo.InvariantCulture, out var s) &&
        TimeOnly.TryParse(end, System.Globalization.CultureInfo.InvariantCulture, out var e) && s < e
            ? new Domain.Meetings.WorkingHours(s, e)
            : Domain.Meetings.WorkingHours.Default;

    private static DecisionRule Rule(string kind, int participation) =>
        new(Enum.TryParse<RuleKind>(kind, out var k) ? k : RuleKind.SimpleMajority, participation);
}
