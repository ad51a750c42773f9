using CoordinatorBot.Cards.Localization;
using System.Globalization;
using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Domain.Communities;

namespace CoordinatorBot.Bot.Features.Priorities;

/// <summary>"opgave ny" / "task new": the form for a new task (the coordinator).</summary>
public sealed class TaskNewCommand(WeekView week) : ICommand
{
    public string Id => CommandIds.TaskNew;

    public bool NeedsCommunity => true;

    public Role? RequiredRole => Role.Coordinator;

    public bool IsOfferedTo(CommandAudience audience) => audience.InCommunity && audience.Actor?.Holds(Role.Coordinator) == true;

    public Task<Reply> HandleAsync(Turn turn, string arguments) =>
        Task.FromResult(Reply.WithCard(TaskForm.Compose(turn.Texts,
            week.Today(turn.Community!).AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
}
