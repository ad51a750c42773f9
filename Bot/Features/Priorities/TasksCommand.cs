using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Domain.Communities;

namespace CoordinatorBot.Bot.Features.Priorities;

/// <summary>"opgaver" / "tasks": the coordinator's tasks as the week's plan within the hour budget.</summary>
public sealed class TasksCommand(WeekView week) : ICommand
{
    public string Id => CommandIds.Tasks;

    public bool NeedsCommunity => true;

    public Role? RequiredRole => Role.Coordinator;

    public bool IsOfferedTo(CommandAudience audience) => audience.InCommunity && audience.Actor?.Holds(Role.Coordinator) == true;

    public async Task<Reply> HandleAsync(Turn turn, string arguments)
    {
        var (plan, tasks) = await week.PlanAsync(turn.Community!, turn.CancellationToken);
        return Reply.WithCard(PlanCard.Compose(turn.Texts, plan, tasks, editable: true));
    }
}
