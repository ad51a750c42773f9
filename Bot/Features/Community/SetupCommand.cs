using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Storage.Communities;

namespace CoordinatorBot.Bot.Features.Community;

/// <summary>"opsætning" / "setup": the community's settings card. The first person to run it becomes coordinator.</summary>
public sealed class SetupCommand(MemberStore members) : ICommand
{
    public string Id => CommandIds.Setup;

    public bool NeedsCommunity => true;

    public bool IsOfferedTo(CommandAudience audience) =>
        audience.InCommunity && (!audience.CommunityHasCoordinator || audience.Actor?.Holds(Role.Coordinator) == true);

    public async Task<Reply> HandleAsync(Turn turn, string arguments)
    {
        var community = turn.Community!;
        var all = await members.ListAsync(community.Id, turn.CancellationToken).ConfigureAwait(false);
        return turn.ActorId is { } actor && RoleChange.MaySetUp(all, actor)
            ? Reply.WithCard(SetupCard.Form(turn.Texts, community))
            : Reply.WithText(turn.Texts.SetupNotAllowed);
    }
}
