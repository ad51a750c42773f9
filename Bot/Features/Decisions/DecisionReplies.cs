using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Domain.Communities;
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

    /// <summary>What this person may do with the decision, and their own vote.</summary>
    private static DecisionViewer Viewer(CommunityTurn turn, DecisionView view)
    {
        var decision = view.Decision;
        var canVote = decision.IsOpen && turn.ActorHolds(decision.Draft.Body.Role());
        var canClose = decision.IsOpen && turn.ActorId is not null && (turn.ActorHolds(Role.Coordinator) || decision.ProposerId == turn.ActorId);
        return new DecisionViewer(view.Votes.FirstOrDefault(v => v.VoterId == turn.ActorId), canVote, canClose);
    }
}
