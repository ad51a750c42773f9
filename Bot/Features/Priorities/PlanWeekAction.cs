using CoordinatorBot.Cards.Priorities;

namespace CoordinatorBot.Bot.Features.Priorities;

/// <summary>"Forrige uge" and "Næste uge" on the plan: the plan of another week (the coordinator's).</summary>
public sealed class PlanWeekAction(WeekView week) : CommunityCardAction<PlanWeekAction.Input>(CardVerbs.PlanWeek, Role.Coordinator)
{
    public sealed record Input(DateOnly Monday);

    protected override Input? Read(CardInput input) =>
        DateOnly.TryParseExact(input.Text(CardVerbs.WeekKey), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new Input(day)
            : null;

    protected override async Task<Reply> HandleAsync(CommunityTurn turn, Input input)
    {
        var (plan, tasks) = await week.PlanAsync(turn.Community, turn.CancellationToken, input.Monday);
        return Reply.WithCard(PlanCard.Compose(turn.Texts, plan, tasks, editable: true, now: week.Now));
    }
}
