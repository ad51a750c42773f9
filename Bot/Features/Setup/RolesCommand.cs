namespace CoordinatorBot.Bot.Features.Setup;

/// <summary>"roller" / "roles": who holds which role; the coordinator also assigns and removes roles there.</summary>
[HelpOrder(2)]
public sealed class RolesCommand(RolesReply roles) : CommunityCommand(CommandIds.Roles)
{
    protected override Task<Reply> HandleAsync(CommunityTurn turn, string arguments) => roles.ComposeAsync(turn);
}
