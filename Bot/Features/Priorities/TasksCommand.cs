using CoordinatorBot.Cards.Priorities;

namespace CoordinatorBot.Bot.Features.Priorities;

/// <summary>"opgaver" / "tasks": the coordinator's tasks as the week's plan within the hour budget.</summary>
[HelpOrder(1)]
public sealed class TasksCommand(WeekView week) : CommunityCommand(CommandIds.Tasks, Role.Coordinator)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, string arguments)
    {
        var (plan, tasks) = await week.PlanAsync(turn.Community, turn.CancellationToken);
        return Reply.WithCard(PlanCard.Compose(turn.Texts, plan, tasks, editable: true, now: week.Now));
    }
}
