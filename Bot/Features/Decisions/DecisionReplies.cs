using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Storage.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>A decision's card as the person asking may see it, from what the turn has read already.</summary>
public static class DecisionReplies
{
    public static Reply Card(CommunityTurn turn, StoredDecision stored, Notice? notice, bool withHistory = false)
    {
        var view = DecisionService.View(turn.Community, stored, turn.Members);
        return Reply.WithCard(DecisionCard.ForViewer(turn.Texts, view, Viewer(turn, view), notice, withHistory ? stored.History : null));
    }

    /// <summary>What this person may do with the decision, their own vote, and whether they read the comments.</summary>
    private static DecisionViewer Viewer(CommunityTurn turn, DecisionView view)
    {
        var decision = view.Decision;
        return new DecisionViewer(view.Votes.FirstOrDefault(v => v.VoterId == turn.ActorId),
            DecisionAuthority.MayVote(turn.Actor, decision) == DecisionPermission.Allowed,
            DecisionAuthority.MayClose(turn.Actor, decision) == DecisionPermission.Allowed,
            DecisionAuthority.MayReadComments(turn.Actor, decision));
    }
}
