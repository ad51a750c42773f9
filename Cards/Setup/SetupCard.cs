using CoordinatorBot.Domain.Decisions;
using static CoordinatorBot.Cards.Common.BudgetWords;

namespace CoordinatorBot.Cards.Setup;

/// <summary>The community's settings: a form, and the record shown once saved.</summary>
public static class SetupCard
{
    public const string ProductNameInput = "productName";
    public const string TimeZoneInput = "timeZone";
    public const string HourBudgetInput = "hourBudget";
    public const string SteeringRuleInput = "steeringRule";
    public const string CoordinationRuleInput = "coordinationRule";
    public const string ParticipationInput = "participation";
    public const string NudgeDayInput = "nudgeDay";
    public const string NudgeTimeInput = "nudgeTime";
    public const string LanguageInput = "communityLanguage";
    public const string OrganizerInput = "meetingOrganizer";
    public const string WorkStartInput = "workStart";
    public const string WorkEndInput = "workEnd";

    // Backlog and wishes.
    public const string SupportThresholdInput = "supportThreshold";
    public const string BacklogHoursInput = "backlogHours";
    public const string BacklogDkkInput = "backlogDkk";
    public const string BacklogPeriodInput = "backlogPeriod";

    // The status report.
    public const string YearlyFeeInput = "yearlyFee";
    public const string StatusDaysBeforeInput = "statusDaysBefore";
    public const string StatusMonthlyDayInput = "statusMonthlyDay";

    // Releases and the secretariat.
    public const string ReleaseRepositoryInput = "releaseRepository";
    public const string SecretariatAccessInput = "secretariatAccess";

    /// <summary>The time zones a Danish product community lives in.</summary>
    public static IReadOnlyList<string> TimeZones { get; } = ["Europe/Copenhagen", "Atlantic/Faroe", "America/Nuuk"];

    public static AdaptiveCard Form(Texts texts, Community community, CommunitySettings? entered = null,
        IReadOnlyCollection<SettingsProblem>? problems = null)
    {
        problems ??= [];
        var body = new List<CardElement>();
        if (problems.Count > 0)
        {
            var reasons = problems.Select(p => p switch
            {
                SettingsProblem.ProductName => texts.SetupProductNameError,
                SettingsProblem.TimeZone => texts.SetupTimeZoneError,
                SettingsProblem.DecisionRule => texts.DecisionRuleError,
                SettingsProblem.Language => texts.SetupLanguageError,
                SettingsProblem.WorkingHours => texts.SetupWorkingHoursError,
                SettingsProblem.MeetingOrganizer => texts.SetupOrganizerError,
                SettingsProblem.Backlog => texts.SetupBacklogError,
                SettingsProblem.Status => texts.SetupStatusError,
                SettingsProblem.Releases => texts.SetupReleaseRepositoryError,
                _ => texts.SetupHourBudgetError,
            });
            body.Add(Notice($"{texts.SetupInvalid} {string.Join(" ", reasons)}", isProblem: true));
        }

        body.Add(Title(texts.SetupTitle));
        body.Add(Paragraph(texts.SetupIntro));
        body.Add(new TextInput(texts.SetupProductNameLabel)
        {
            Id = ProductNameInput,
            IsRequired = true,
            ErrorMessage = texts.SetupProductNameError,
            MaxLength = CommunitySettings.MaxProductNameLength,
            Value = entered?.ProductName ?? community.ProductName,
        });
        body.Add(new ChoiceSetInput(texts.SetupTimeZoneLabel,
            [.. TimeZones.Select(z => new Choice(texts.TimeZoneName(z), z))])
        {
            Id = TimeZoneInput,
            IsRequired = true,
            ErrorMessage = texts.SetupTimeZoneError,
            Style = ChoiceSetStyle.Compact,
            Value = TimeZones.Contains(entered?.TimeZoneId) ? entered!.TimeZoneId : community.TimeZoneId,
        });
        // Text, not Input.Number: a browser's number field refuses "7,5", which is how Danes write seven and a half.
        body.Add(new TextInput(texts.SetupHourBudgetLabel)
        {
            Id = HourBudgetInput,
            IsRequired = true,
            ErrorMessage = texts.SetupHourBudgetError,
            MaxLength = Domain.Text.TextLimits.NumberText,
            Value = texts.Number(entered?.WeeklyHourBudget ?? community.WeeklyHourBudget),
        });
        body.Add(new ChoiceSetInput(texts.SetupLanguageLabel,
            [.. CommunitySettings.LanguageCodes.Select(code => new Choice(texts.LanguageName(code), code))])
        {
            Id = LanguageInput,
            IsRequired = true,
            ErrorMessage = texts.SetupLanguageError,
            Style = ChoiceSetStyle.Expanded,
            Value = entered?.LanguageCode ?? community.LanguageCode,
        });

        body.Add(RuleChoice(texts, texts.SetupSteeringRuleLabel, SteeringRuleInput, (entered?.SteeringGroupRule ?? community.SteeringGroupRule).Kind));
        body.Add(RuleChoice(texts, texts.SetupCoordinationRuleLabel, CoordinationRuleInput,
            (entered?.CoordinationGroupRule ?? community.CoordinationGroupRule).Kind));
        body.Add(new NumberInput(texts.SetupParticipationLabel)
        {
            Id = ParticipationInput,
            Min = 0,
            Max = 100,
            ErrorMessage = texts.DecisionRuleError,
            Value = (entered?.SteeringGroupRule ?? community.SteeringGroupRule).MinimumParticipationPercent,
        });

        body.Add(new ChoiceSetInput(texts.SetupNudgeDayLabel, [.. Enumerable.Range(1, 5).Select(d => (DayOfWeek)d)
            .Select(d => new Choice(texts.Culture.DateTimeFormat.GetDayName(d), d.ToString()))])
        {
            Id = NudgeDayInput, Style = ChoiceSetStyle.Compact, Value = (entered?.NudgeDay ?? community.NudgeDay).ToString(),
        });
        body.Add(new TimeInput(texts.SetupNudgeTimeLabel)
        {
            Id = NudgeTimeInput, Value = (entered?.NudgeTime ?? community.NudgeTime).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        });

        body.Add(new TextInput(texts.SetupOrganizerLabel)
        {
            Id = OrganizerInput, MaxLength = Domain.Meetings.MeetingLimits.Place, Value = entered?.MeetingOrganizer ?? community.MeetingOrganizer,
        });
        var hours = entered?.WorkingHours ?? community.WorkingHours;
        body.Add(new TimeInput(texts.SetupWorkStartLabel) { Id = WorkStartInput, Value = hours.Start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) });
        body.Add(new TimeInput(texts.SetupWorkEndLabel) { Id = WorkEndInput, Value = hours.End.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) });
        body.AddRange(BacklogInputs(texts, community, entered));
        body.AddRange(StatusInputs(texts, community, entered));
        body.AddRange(ReleaseInputs(texts, community, entered));

        return Card(texts, texts.SetupTitle, body, [Execute(texts, texts.SetupSave, CardVerbs.SaveSetup)]);
    }

    public static AdaptiveCard Saved(Texts texts, Community community, bool becameCoordinator)
    {
        var body = new List<CardElement>
        {
            Notice(texts.SetupSavedTitle, isProblem: false),
            new FactSet(
            [
                new Fact(texts.FactProduct, community.ProductName ?? string.Empty),
                new Fact(texts.FactTimeZone, texts.TimeZoneName(community.TimeZoneId)),
                new Fact(texts.FactHourBudget, texts.HoursPerWeek(texts.Count(community.WeeklyHourBudget, Unit.Hour))),
                new Fact(texts.FactLanguage, texts.LanguageName(community.LanguageCode)),
                new Fact(texts.FactNudge, $"{texts.Culture.DateTimeFormat.GetDayName(community.NudgeDay)} {texts.Clock(community.NudgeTime)}"),
                new Fact(texts.FactMeetingOrganizer, community.MeetingOrganizer ?? texts.SetupOrganizerDefault),
                new Fact(texts.FactWorkingHours, texts.SetupWorkingHoursValue(texts.Clock(community.WorkingHours.Start), texts.Clock(community.WorkingHours.End))),
            ]),
            // The bodies' rules as lines of their own: a fact's narrow title column would break "Koordinationsgruppens".
            new TextBlock(texts.FactRules) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium },
            new TextBlock(texts.SetupRuleLine(texts.BodyName(DecidingBody.SteeringGroup), texts.RuleName(community.SteeringGroupRule)))
            {
                Spacing = Spacing.None,
            },
            new TextBlock(texts.SetupRuleLine(texts.BodyName(DecidingBody.CoordinationGroup), texts.RuleName(community.CoordinationGroupRule)))
            {
                Spacing = Spacing.None,
            },
        };
        body.Add(new TextBlock(texts.SetupBacklogLine(texts.Count(community.SupportThreshold, Unit.Municipality), BudgetText(texts, community.BacklogBudget)))
        {
            Spacing = Spacing.Medium,
        });
        body.Add(new TextBlock(texts.SetupStatusLine(community.YearlyFeeDkk is { } fee ? texts.Kroner(fee) : texts.SetupYearlyFeeNone,
            texts.Count(community.StatusDraftDaysBefore, Unit.OfficeDay), community.StatusMonthlyDraftDay))
        {
            Spacing = Spacing.None,
        });
        body.Add(new TextBlock(texts.SetupReleasesLine(community.ReleaseRepository ?? texts.SetupReleaseRepositoryNone,
            community.SecretariatAccess ? texts.SetupSecretariatOn : texts.SetupSecretariatOff))
        {
            Spacing = Spacing.None,
        });
        if (becameCoordinator)
        {
            body.Add(Paragraph(texts.SetupSavedCoordinator));
        }

        return Card(texts, texts.SetupSavedTitle, body,
            [RunCommand(texts, texts.ButtonRoles, CommandIds.Roles), RunCommand(texts, texts.ButtonSetup, CommandIds.Setup)]);
    }

    /// <summary>The backlog's settings: the support a wish needs before triage, the coordination group's budget.</summary>
    private static IEnumerable<CardElement> BacklogInputs(Texts texts, Community community, CommunitySettings? entered)
    {
        yield return new TextBlock(texts.SetupBacklogHeading) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium };
        yield return new NumberInput(texts.SetupSupportThresholdLabel)
        {
            Id = SupportThresholdInput, Min = 1, Max = CommunitySettings.MaxSupportThreshold, ErrorMessage = texts.SetupBacklogError,
            Value = entered?.SupportThreshold ?? community.SupportThreshold,
        };
        yield return new TextInput(texts.SetupBacklogHoursLabel)
        {
            Id = BacklogHoursInput, MaxLength = Domain.Text.TextLimits.NumberText,
            Value = (entered?.BacklogBudgetHours ?? community.BacklogBudget.Hours) is { } hours ? texts.Number(hours) : null,
        };
        yield return new TextInput(texts.SetupBacklogDkkLabel)
        {
            Id = BacklogDkkInput, MaxLength = Domain.Text.TextLimits.NumberText,
            Value = (entered?.BacklogBudgetDkk ?? community.BacklogBudget.Dkk) is { } dkk ? texts.Number(dkk) : null,
        };
        yield return new ChoiceSetInput(texts.SetupBacklogPeriodLabel,
            [.. Enum.GetValues<Domain.Backlog.BudgetPeriod>().Select(p => new Choice(texts.BudgetPeriodName(p), p.ToString()))])
        {
            Id = BacklogPeriodInput, Style = ChoiceSetStyle.Compact,
            Value = (entered?.BacklogBudgetPeriod ?? community.BacklogBudget.Period).ToString(),
        };
    }

    /// <summary>The status report's settings: the product's yearly fee, when its draft is prepared.</summary>
    private static IEnumerable<CardElement> StatusInputs(Texts texts, Community community, CommunitySettings? entered)
    {
        yield return new TextBlock(texts.SetupStatusHeading) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium };
        yield return new TextInput(texts.SetupYearlyFeeLabel)
        {
            Id = YearlyFeeInput, MaxLength = Domain.Text.TextLimits.NumberText,
            Value = (entered is null ? community.YearlyFeeDkk : entered.YearlyFeeDkk) is { } fee and >= 0 ? texts.Number(fee) : null,
        };
        yield return new NumberInput(texts.SetupStatusDaysBeforeLabel)
        {
            Id = StatusDaysBeforeInput, Min = 1, Max = CommunitySettings.MaxStatusDraftDaysBefore, ErrorMessage = texts.SetupStatusError,
            Value = entered?.StatusDraftDaysBefore ?? community.StatusDraftDaysBefore,
        };
        yield return new NumberInput(texts.SetupStatusMonthlyDayLabel)
        {
            Id = StatusMonthlyDayInput, Min = 1, Max = CommunitySettings.MaxStatusMonthlyDraftDay, ErrorMessage = texts.SetupStatusError,
            Value = entered?.StatusMonthlyDraftDay ?? community.StatusMonthlyDraftDay,
        };
    }

    /// <summary>Releases and the secretariat: the product's GitHub repository, whether OS2's secretariat sees the community.</summary>
    private static IEnumerable<CardElement> ReleaseInputs(Texts texts, Community community, CommunitySettings? entered)
    {
        yield return new TextBlock(texts.SetupReleasesHeading) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium };
        yield return new TextInput(texts.SetupReleaseRepositoryLabel)
        {
            Id = ReleaseRepositoryInput, MaxLength = Domain.Text.TextLimits.ReleaseRepository, Placeholder = "OS2mo/os2mo",
            Value = entered?.ReleaseRepository ?? community.ReleaseRepository,
        };
        yield return new ToggleInput(texts.SetupSecretariatLabel, texts.SetupSecretariatTitle)
        {
            Id = SecretariatAccessInput, ValueOn = "true", ValueOff = "false",
            Value = (entered?.SecretariatAccess ?? community.SecretariatAccess) ? "true" : "false",
        };
    }

    private static ChoiceSetInput RuleChoice(Texts texts, string label, string id, RuleKind current) =>
        new(label, [.. Enum.GetValues<RuleKind>().Select(r => new Choice(texts.RuleName(new DecisionRule(r)), r.ToString()))])
        {
            Id = id,
            IsRequired = true,
            ErrorMessage = texts.DecisionRuleError,
            Style = ChoiceSetStyle.Compact,
            Value = current.ToString(),
        };
}
