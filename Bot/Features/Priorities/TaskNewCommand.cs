using System.Globalization;
using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Bot.Features.Community;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Domain.Communities;

namespace CoordinatorBot.Bot.Features.Priorities;

/// <summary>"opgave ny" / "task new": the form for a new task (the coordinator).</summary>
public sealed class TaskNewCommand(WeekView week, CommunityAccess access) : ICommand
{
    public string Id => CommandIds.TaskNew;

    public bool NeedsCommunity => true;

    public bool IsOfferedTo(CommandAudience audience) => audience.InCommunity && audience.Actor?.Holds(Role.Coordinator) == true;

    public async Task<Reply> HandleAsync(Turn turn, string arguments) =>
        await access.HoldsAsync(turn.Community!.Id, turn.ActorId, Role.Coordinator, turn.CancellationToken).ConfigureAwait(false)
            ? Reply.WithCard(TaskForm.Compose(turn.Texts, week.Today(turn.Community).AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            : Reply.WithText(turn.Texts.RefusalRole(turn.Texts.RoleName(Role.Coordinator)));
}
