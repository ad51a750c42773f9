using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>"beslutning B-2026-014" / "decision B-2026-014": one record, with its history.</summary>
public sealed class DecisionShowCommand(DecisionReplies replies) : ICommand
{
    public string Id => CommandIds.DecisionShow;

    public bool NeedsCommunity => true;

    public bool IsOfferedTo(CommandAudience audience) => false;

    public Task<Reply> HandleAsync(Turn turn, string arguments) =>
        DecisionNumber.TryParse(arguments) is { } number
            ? replies.ShowAsync(turn, number, null, withHistory: true)
            : Task.FromResult(Reply.WithText(arguments.Length == 0 ? turn.Texts.DecisionShowUsage : turn.Texts.DecisionNotFound(arguments)));
}
