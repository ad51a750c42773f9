using CoordinatorBot.Bot.Communities;
using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Cards.Composers;

namespace CoordinatorBot.Bot.Features.Setup;

/// <summary>"roller" / "roles": who holds which role; the coordinator also assigns and removes roles there.</summary>
public sealed class RolesCommand(RolesReply roles) : ICommand
{
    public string Id => CommandIds.Roles;

    public bool NeedsCommunity => true;

    public bool IsOfferedTo(CommandAudience audience) => audience.InCommunity;

    public Task<Reply> HandleAsync(Turn turn, string arguments) => roles.ComposeAsync(turn);
}
