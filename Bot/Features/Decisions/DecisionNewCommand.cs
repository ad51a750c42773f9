using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>"beslutning ny" / "decision new": the proposal form, for the coordinator and the bodies' members.</summary>
[HelpOrder(1)]
public sealed class DecisionNewCommand(DecisionForms forms) : CommunityCommand(CommandIds.DecisionNew)
{
    public override bool IsOfferedTo(CommandAudience audience) => audience.InCommunity && DecisionAuthority.MayProposeAny(audience.Actor);

    protected override async Task<Reply> HandleAsync(CommunityTurn turn, string arguments)
    {
        return DecisionAuthority.MayProposeAny(turn.Actor)
            ? Reply.WithCard(await forms.ComposeAsync(turn, null, null))
            : Reply.WithText(turn.Texts.DecisionNotAllowedToPropose);
    }
}
