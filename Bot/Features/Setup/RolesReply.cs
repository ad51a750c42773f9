using CoordinatorBot.Cards.Setup;

namespace CoordinatorBot.Bot.Features.Setup;

/// <summary>The roles card as this person may see it: with the assign and remove forms only for the coordinator.</summary>
public sealed class RolesReply(CommunityMembers members, TeamRoster roster)
{
    /// <param name="changed">Read the members again: the turn's list is from before this turn changed them.</param>
    /// <param name="entered">What was chosen on an assignment that was refused: the form comes back open with it.</param>
    public async Task<Reply> ComposeAsync(CommunityTurn turn, Notice? notice = null, bool changed = false, RolesCard.Entered? entered = null)
    {
        var community = turn.Community;
        var all = changed ? await members.ListAsync(community.Id, turn.CancellationToken) : turn.Members;
        var canEdit = turn.ActorHolds(Role.Coordinator);
        var people = canEdit ? await roster.GetAsync(community, turn.CancellationToken) : [];
        return Reply.WithCard(RolesCard.Compose(turn.Texts, community.ProductName ?? community.Name, all, people, canEdit, notice, entered));
    }
}
