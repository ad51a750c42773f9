using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>"beslutning B-2026-014" / "decision B-2026-014": one record, with its history and the release that carried it out.</summary>
[HelpOrder(2)]
public sealed class DecisionShowCommand(DecisionService service, DecisionReleases releases) : CommunityCommand(CommandIds.DecisionShow)
{
    public override bool IsOfferedTo(CommandAudience audience) => false;

    protected override async Task<Reply> HandleAsync(CommunityTurn turn, string arguments)
    {
        if (DecisionNumber.TryParse(arguments) is not { } number)
        {
            return Reply.WithText(arguments.Length == 0 ? turn.Texts.DecisionShowUsage : turn.Texts.DecisionNotFound(arguments));
        }

        return await service.LoadAsync(turn.Community, turn.Members, number, turn.CancellationToken, withHistory: true) is { } stored
            ? DecisionReplies.Card(turn, stored, null, withHistory: true, await releases.CarryingOutAsync(turn.Community.Id, number, turn.CancellationToken))
            : Reply.WithText(turn.Texts.DecisionNotFound(number));
    }
}
