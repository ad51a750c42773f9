using CoordinatorBot.Bot.Communities;
using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Domain.Input;
using CoordinatorBot.Storage.Communities;

namespace CoordinatorBot.Bot.Features.Setup;

/// <summary>Saves the setup card: checked again on the server, and only by the coordinator (or the first person).</summary>
// Not a fixed role: the first person may save, then only the coordinator (checked below).
public sealed class SaveSetupAction(CommunityDirectory directory, MemberStore members, CommunityAccess access)
    : CommunityCardAction<CardInput>(CardVerbs.SaveSetup)
{
    protected override CardInput Read(CardInput input) => input;

    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        var community = turn.Community;
        if (turn.ActorId is not { } actor || !await access.MaySetUpAsync(community.Id, actor, turn.CancellationToken))
        {
            return Reply.WithText(turn.Texts.SetupNotAllowed);
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
                System.Globalization.DateTimeStyles.None, out var time) ? time : null,
            input.Text(SetupCard.LanguageInput));
        var problems = settings.Validate([.. SetupCard.TimeZones]);
        if (problems.Count > 0)
        {
            return Reply.WithCard(SetupCard.Form(turn.Texts, community, settings, problems));
        }

        var saved = await directory.UpdateAsync(community.Id, c => c is null ? null : c with
        {
            ProductName = settings.ProductName.Trim(),
            TimeZoneId = settings.TimeZoneId,
            WeeklyHourBudget = settings.WeeklyHourBudget,
            SteeringGroupRule = settings.SteeringGroupRule ?? c.SteeringGroupRule,
            CoordinationGroupRule = settings.CoordinationGroupRule ?? c.CoordinationGroupRule,
            NudgeDay = settings.NudgeDay ?? c.NudgeDay,
            NudgeTime = settings.NudgeTime ?? c.NudgeTime,
            LanguageCode = settings.LanguageCode ?? c.LanguageCode,
        }, turn.CancellationToken) ?? community;

        var all = await members.ListAsync(community.Id, turn.CancellationToken);
        var becameCoordinator = !all.Any(m => m.Holds(Role.Coordinator));
        if (becameCoordinator)
        {
            await members.UpdateAsync(community.Id, actor, current =>
            {
                var roles = new HashSet<Role>(current?.Roles ?? new HashSet<Role>()) { Role.Coordinator };
                return new Member(actor, turn.ActorName, roles, current?.Municipality);
            }, turn.CancellationToken);
        }

        return Reply.WithCard(SetupCard.Saved(turn.Texts, saved, becameCoordinator));
    }

    /// <summary>The chosen rule; an older card without the field keeps the current rule.</summary>
    private static DecisionRule Rule(string? kind, int participation, DecisionRule current) =>
        Enum.TryParse<RuleKind>(kind, out var k) && Enum.IsDefined(k) ? new DecisionRule(k, participation) : current with
        {
            MinimumParticipationPercent = participation,
        };
}
