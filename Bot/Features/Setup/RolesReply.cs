using CoordinatorBot.Bot.Communities;
using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Storage.Communities;

namespace CoordinatorBot.Bot.Features.Setup;

/// <summary>The roles card as this person may see it: with the assign and remove forms only for the coordinator.</summary>
public sealed class RolesReply(MemberStore members, TeamRoster roster, CommunityAccess access)
{
    public async Task<Reply> ComposeAsync(Turn turn, Notice? notice = null)
    {
        var community = turn.Community!;
        var all = await members.ListAsync(community.Id, turn.CancellationToken);
        var canEdit = await access.HoldsAsync(community.Id, turn.ActorId, Role.Coordinator, turn.CancellationToken);
        var people = canEdit ? await roster.GetAsync(turn) : [];
        return Reply.WithCard(RolesCard.Compose(turn.Texts, community.ProductName ?? community.Name, all, people, canEdit, notice));
    }
}
