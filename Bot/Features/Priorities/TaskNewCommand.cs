using CoordinatorBot.Cards.Priorities;

namespace CoordinatorBot.Bot.Features.Priorities;

/// <summary>"opgave ny" / "task new": the form for a new task (the coordinator).</summary>
[HelpOrder(2)]
public sealed class TaskNewCommand(WeekView week) : CommunityCommand(CommandIds.TaskNew, Role.Coordinator)
{
    protected override Task<Reply> HandleAsync(CommunityTurn turn, string arguments) =>
        Task.FromResult(Reply.WithCard(TaskForm.Compose(turn.Texts,
            week.DefaultDue(turn.Community).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
}
