namespace CoordinatorBot.Domain.Communities;

/// <summary>
/// One product community, bound to one Teams team, or to one shared or private channel of a team (its id then is the
/// channel's). Its <see cref="Id"/> partitions all its data.
/// </summary>
public sealed record Community
{
    public const string DefaultTimeZoneId = "Europe/Copenhagen";
    public const decimal DefaultWeeklyHourBudget = 10m;

    public required string Id { get; init; }
    public required string TenantId { get; init; }
    public required string Name { get; init; }

    /// <summary>Where the bot posts to the whole community: the team's General channel or the group chat.</summary>
    public required ChannelAddress Channel { get; init; }

    public string? ProductName { get; init; }
    public string TimeZoneId { get; init; } = DefaultTimeZoneId;
    public decimal WeeklyHourBudget { get; init; } = DefaultWeeklyHourBudget;
    public bool IsActive { get; init; } = true;

    /// <summary>The language of everything the bot writes in the team's channels: "da" (the default) or "en".</summary>
    public string LanguageCode { get; init; } = DefaultLanguageCode;
    public const string DefaultLanguageCode = "da";

    /// <summary>When the weekly nudge goes out, on the community's clock (default Monday 08:00).</summary>
    public DayOfWeek NudgeDay { get; init; } = DayOfWeek.Monday;
    public TimeOnly NudgeTime { get; init; } = new(8, 0);

    /// <summary>The person who added the bot to the team (from the install event): they may save the first setup.</summary>
    public string? InstalledBy { get; init; }

    /// <summary>Who saved the first setup and when: of two first saves at the same moment, only one becomes coordinator.</summary>
    public string? SetUpBy { get; init; }
    public DateTimeOffset? SetUpAt { get; init; }

    /// <summary>A team (whose channel has threads) rather than a group chat.</summary>
    public bool IsTeam { get; init; } = true;

    /// <summary>A whole team, or one shared or private channel of it: whose roster is the community's people.</summary>
    public ChannelKind ChannelKind { get; init; } = ChannelKind.Team;

    /// <summary>A shared or private channel rather than a whole team.</summary>
    public bool IsChannel => ChannelKind != ChannelKind.Team;

    /// <summary>The conversation of a thread started by the bot's message <paramref name="activityId"/> in the channel.</summary>
    public string ThreadOf(string activityId) => IsTeam ? $"{Channel.ConversationId};messageid={activityId}" : Channel.ConversationId;

    /// <summary>How each body decides unless a decision says otherwise.</summary>
    public Decisions.DecisionRule SteeringGroupRule { get; init; } = Decisions.DecisionRule.Default;
    public Decisions.DecisionRule CoordinationGroupRule { get; init; } = Decisions.DecisionRule.Default;

    public Decisions.DecisionRule RuleOf(Decisions.DecidingBody body) =>
        body == Decisions.DecidingBody.SteeringGroup ? SteeringGroupRule : CoordinationGroupRule;
    public bool IsSetUp => ProductName is not null;

    /// <summary>What people call the community: its product's name once set up, else the team's.</summary>
    public string DisplayName => ProductName ?? Name;

    /// <summary>The mailbox that books the community's meetings through Graph; null: the configured default.</summary>
    public string? MeetingOrganizer { get; init; }

    /// <summary>When the community meets on an office day, on its clock (default 08–16): where times are looked for.</summary>
    public Meetings.WorkingHours WorkingHours { get; init; } = Meetings.WorkingHours.Default;

    /// <summary>The community's clock: its time zone, today, local time and instants across daylight saving.</summary>
    public CommunityClock Clock => CommunityClock.Of(this);
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>How many municipalities must support a wish before it is ready for triage (setup).</summary>
    public int SupportThreshold { get; init; } = DefaultSupportThreshold;
    public const int DefaultSupportThreshold = 3;

    /// <summary>The coordination group's budget for the backlog, per quarter or year (setup); none by default.</summary>
    public Backlog.BacklogBudget BacklogBudget { get; init; } = new(null, null, Backlog.BudgetPeriod.Quarter);

    /// <summary>The product's yearly fee from its member municipalities in kroner (setup), what the status report sets the year's spending against.</summary>
    public decimal? YearlyFeeDkk { get; init; }

    /// <summary>How many office days before a steering-group meeting the status report's draft is prepared (setup).</summary>
    public int StatusDraftDaysBefore { get; init; } = DefaultStatusDraftDaysBefore;
    public const int DefaultStatusDraftDaysBefore = 5;

    /// <summary>With no steering-group meeting coming: the month's office day (1 = the first) the draft is prepared on (setup).</summary>
    public int StatusMonthlyDraftDay { get; init; } = 1;

    /// <summary>The product's GitHub repository ("owner/name") whose releases become the community's (setup); none: entered by hand.</summary>
    public string? ReleaseRepository { get; init; }

    /// <summary>Whether OS2's secretariat sees the community in its portfolio (setup); on unless the coordinator turned it off.</summary>
    public bool SecretariatAccess { get; init; } = true;
}
