using CoordinatorBot.Cards.Setup;

namespace CoordinatorBot.Bot.Features.Setup;

/// <summary>"opsætning" / "setup": the community's settings card. The first person to run it becomes coordinator.</summary>
[HelpOrder(1)]
public sealed class SetupCommand(SetupGate gate) : CommunityCommand(CommandIds.Setup)
{
    public override bool IsOfferedTo(CommandAudience audience) =>
        audience.InCommunity && (!audience.CommunityHasCoordinator || audience.Actor?.Holds(Role.Coordinator) == true);

    protected override async Task<Reply> HandleAsync(CommunityTurn turn, string arguments)
    {
        var permission = await gate.CheckAsync(turn);
        return permission == SetupPermission.Allowed
            ? Reply.WithCard(SetupCard.Form(turn.Texts, turn.Community))
            : Reply.WithText(SetupGate.Refusal(turn.Texts, permission));
    }
}
