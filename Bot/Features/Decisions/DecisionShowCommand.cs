using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>"beslutning B-2026-014" / "decision B-2026-014": one record, with its history.</summary>
[HelpOrder(2)]
public sealed class DecisionShowCommand(DecisionService service) : CommunityCommand(CommandIds.DecisionShow)
{
    public override bool IsOfferedTo(CommandAudience audience) => false;

    protected override async Task<Reply> HandleAsync(CommunityTurn turn, string arguments)
    {
        if (DecisionNumber.TryParse(arguments) is not { } number)
        {
            return Reply.WithText(arguments.Length == 0 ? turn.Texts.DecisionShowUsage : turn.Texts.DecisionNotFound(arguments));
        }

        return await service.LoadAsync(turn.Community, turn.Members, number, turn.CancellationToken, withHistory: true) is { } stored
            ? DecisionReplies.Card(turn, stored, null, withHistory: true)
            : Reply.WithText(turn.Texts.DecisionNotFound(number));
    }
}
