using CoordinatorBot.Cards.Setup;
using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Domain.Input;

namespace CoordinatorBot.Bot.Features.Setup;

/// <summary>Saves the setup card: checked again on the server, and only by the coordinator (or the first person).</summary>
// Not a fixed role: the first person may save, then only the coordinator (checked below).
public sealed class SaveSetupAction(CommunityDirectory directory, CommunityMembers members, SetupGate gate, TimeProvider time)
    : CommunityFormAction(CardVerbs.SaveSetup)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        var community = turn.Community;
        if (turn.ActorId is not { } actor)
        {
            return Reply.WithText(turn.Texts.SetupNotAllowed);
        }

        if (await gate.CheckAsync(turn) is var permission and not SetupPermission.Allowed)
        {
            return Reply.WithText(SetupGate.Refusal(turn.Texts, permission));
        }

        var participation = (int)Math.Round(input.Number(SetupCard.ParticipationInput) ?? 0m);
        var settings = new CommunitySettings(
            input.Text(SetupCard.ProductNameInput) ?? string.Empty,
            input.Text(SetupCard.TimeZoneInput) ?? string.Empty,
            DanishNumber.TryParse(input.Text(SetupCard.HourBudgetInput)) ?? 0m,
            Rule(input.Text(SetupCard.SteeringRuleInput), participation, community.SteeringGroupRule),
            Rule(input.Text(SetupCard.CoordinationRuleInput), participation, community.CoordinationGroupRule),
            Enum.TryParse<DayOfWeek>(input.Text(SetupCard.NudgeDayInput), out var day) && Enum.IsDefined(day) ? day : null,
            TimeOnly.TryParseExact(input.Text(SetupCard.NudgeTimeInput), ["HH:mm", "HH:mm:ss"], System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var nudgeTime) ? nudgeTime : null,
            input.Text(SetupCard.LanguageInput),
            input.Text(SetupCard.OrganizerInput)?.ToLowerInvariant(),
            WorkingHours(input, community.WorkingHours))
        {
            // Backlog and wishes; a field left out keeps what the community has, an emptied budget field removes it.
            SupportThreshold = input.Number(SetupCard.SupportThresholdInput) is { } threshold ? (int)Math.Round(threshold) : null,
            BacklogBudgetHours = Budget(input, SetupCard.BacklogHoursInput),
            BacklogBudgetDkk = Budget(input, SetupCard.BacklogDkkInput),
            BacklogBudgetPeriod = Enum.TryParse<Domain.Backlog.BudgetPeriod>(input.Text(SetupCard.BacklogPeriodInput), out var period)
                && Enum.IsDefined(period) ? period : null,
            YearlyFeeDkk = Budget(input, SetupCard.YearlyFeeInput),
            StatusDraftDaysBefore = input.Number(SetupCard.StatusDaysBeforeInput) is { } before ? (int)Math.Round(before) : null,
            StatusMonthlyDraftDay = input.Number(SetupCard.StatusMonthlyDayInput) is { } monthly ? (int)Math.Round(monthly) : null,
            ReleaseRepository = input.Text(SetupCard.SecretariatAccessInput) is null && input.Text(SetupCard.ReleaseRepositoryInput) is null
                ? null
                : input.Text(SetupCard.ReleaseRepositoryInput) ?? string.Empty,
            SecretariatAccess = input.Text(SetupCard.SecretariatAccessInput) is { } access ? access == "true" : null,
        };
        var problems = settings.Validate([.. SetupCard.TimeZones]);
        if (problems.Count > 0)
        {
            return Reply.WithCard(SetupCard.Form(turn.Texts, community, settings, problems));
        }

        // The first save makes its author coordinator. Saved with the community row's ETag: of two first saves at the
        // same moment one writes first, and the other then sees that someone else just did.
        var now = time.GetUtcNow();
        var firstSave = !turn.HasCoordinator;
        var takenByOther = false;
        var saved = await directory.UpdateAsync(community.Id, c =>
        {
            takenByOther = firstSave && c?.SetUpBy is { } other && other != actor && c.SetUpAt > now - FirstSaveWindow;
            return c is null || takenByOther ? null : c with
        {
            ProductName = settings.ProductName.Trim(),
            TimeZoneId = settings.TimeZoneId,
            WeeklyHourBudget = settings.WeeklyHourBudget,
            SteeringGroupRule = settings.SteeringGroupRule ?? c.SteeringGroupRule,
            CoordinationGroupRule = settings.CoordinationGroupRule ?? c.CoordinationGroupRule,
            NudgeDay = settings.NudgeDay ?? c.NudgeDay,
            NudgeTime = settings.NudgeTime ?? c.NudgeTime,
            LanguageCode = settings.LanguageCode ?? c.LanguageCode,
            MeetingOrganizer = settings.MeetingOrganizer,
            WorkingHours = settings.WorkingHours ?? c.WorkingHours,
            SupportThreshold = settings.SupportThreshold ?? c.SupportThreshold,
            BacklogBudget = settings.BacklogBudgetPeriod is { } chosen
                ? new Domain.Backlog.BacklogBudget(settings.BacklogBudgetHours, settings.BacklogBudgetDkk, chosen)
                : c.BacklogBudget,
            // An emptied fee field removes the fee; a card without the status fields keeps them.
            YearlyFeeDkk = settings.StatusDraftDaysBefore is not null ? settings.YearlyFeeDkk : c.YearlyFeeDkk,
            StatusDraftDaysBefore = settings.StatusDraftDaysBefore ?? c.StatusDraftDaysBefore,
            StatusMonthlyDraftDay = settings.StatusMonthlyDraftDay ?? c.StatusMonthlyDraftDay,
            // A card without the releases' fields keeps them; an emptied repository field removes it.
            ReleaseRepository = settings.ReleaseRepository is null ? c.ReleaseRepository : Domain.Releases.RepositoryName.TryParse(settings.ReleaseRepository),
            SecretariatAccess = settings.SecretariatAccess ?? c.SecretariatAccess,
            SetUpBy = firstSave ? actor : c.SetUpBy,
            SetUpAt = firstSave ? now : c.SetUpAt,
        };
        }, turn.CancellationToken) ?? community;
        if (takenByOther)
        {
            return Reply.WithText(turn.Texts.SetupTakenByOther);
        }

        if (firstSave)
        {
            await members.ChangeRolesAsync(community.Id, actor, current => current is null
                ? new Member(actor, turn.ActorName, new HashSet<Role> { Role.Coordinator }, null, turn.Activity.From?.Id)
                : current with { Roles = new HashSet<Role>(current.Roles) { Role.Coordinator } }, turn.ActorName, turn.CancellationToken);
        }

        // Saved in the language the community now speaks.
        return Reply.WithCard(SetupCard.Saved(new Texts(saved.LanguageOf()), saved, firstSave));
    }

    // How long a first save keeps another person's concurrent first save from also making them coordinator.
    private static readonly TimeSpan FirstSaveWindow = TimeSpan.FromMinutes(10);

    /// <summary>The meetings' working hours as entered; an older card without the fields keeps the current ones.</summary>
    private static Domain.Meetings.WorkingHours WorkingHours(CardInput input, Domain.Meetings.WorkingHours current) =>
        new(DanishTime.TryParse(input.Text(SetupCard.WorkStartInput)) ?? current.Start, DanishTime.TryParse(input.Text(SetupCard.WorkEndInput)) ?? current.End);

    /// <summary>A budget field: empty is no budget; text that is no number is -1, which the settings refuse.</summary>
    private static decimal? Budget(CardInput input, string key) =>
        input.Text(key) is not { } text ? null : DanishNumber.TryParse(text) ?? -1m;

    /// <summary>The chosen rule; an older card without the field keeps the current rule.</summary>
    private static DecisionRule Rule(string? kind, int participation, DecisionRule current) =>
        Enum.TryParse<RuleKind>(kind, out var k) && Enum.IsDefined(k) ? new DecisionRule(k, participation) : current with
        {
            MinimumParticipationPercent = participation,
        };
}
