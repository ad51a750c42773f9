using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Bot.Features.Community;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Domain.Communities;

namespace CoordinatorBot.Bot.Features.Priorities;

/// <summary>"opgaver" / "tasks": the coordinator's tasks as the week's plan within the hour budget.</summary>
public sealed class TasksCommand(WeekView week, CommunityAccess access) : ICommand
{
    public string Id => CommandIds.Tasks;

    public bool NeedsCommunity => true;

    public bool IsOfferedTo(CommandAudience audience) => audience.InCommunity && audience.Actor?.Holds(Role.Coordinator) == true;

    public async Task<Reply> HandleAsync(Turn turn, string arguments)
    {
        var community = turn.Community!;
        if (!await access.HoldsAsync(community.Id, turn.ActorId, Role.Coordinator, turn.CancellationToken).ConfigureAwait(false))
        {
            return Reply.WithText(turn.Texts.RefusalRole(turn.Texts.RoleName(Role.Coordinator)));
        }

        var (plan, tasks) = await week.PlanAsync(community, turn.CancellationToken).ConfigureAwait(false);
        return Reply.WithCard(PlanCard.Compose(turn.Texts, plan, tasks, editable: true));
    }
}
