using CoordinatorBot.Cards.Decisions;
using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Storage.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>A decision's card as the person asking may see it, from what the turn has read already.</summary>
public static class DecisionReplies
{
    /// <param name="releases">The releases that carried it out, shown on the record (<see cref="DecisionReleases"/>).</param>
    public static Reply Card(CommunityTurn turn, StoredDecision stored, Notice? notice, bool withHistory = false, IReadOnlyList<string>? releases = null)
    {
        var view = DecisionService.View(turn.Community, stored, turn.Members) with { Releases = releases ?? [] };
        var viewer = Viewer(turn, view);
        if (notice is null && !viewer.ReadsComments && DecisionAuthority.MayReadComments(turn.Actor, view.Decision) &&
            view.Votes.Any(v => v.Comment is not null))
        {
            // A reader asking in the channel: the comments exist, but not for everyone in the channel to read.
            notice = new Notice(turn.Texts.CommentsPrivately(view.Decision.Number), false);
        }

        return Reply.WithCard(DecisionCard.ForViewer(turn.Texts, view, viewer, notice, withHistory ? stored.History : null));
    }

    /// <summary>What this person may do with the decision, their own vote, and whether they read the comments.</summary>
    private static DecisionViewer Viewer(CommunityTurn turn, DecisionView view)
    {
        var decision = view.Decision;
        return new DecisionViewer(view.Votes.FirstOrDefault(v => v.VoterId == turn.ActorId),
            DecisionAuthority.MayVote(turn.Actor, decision) == DecisionPermission.Allowed,
            DecisionAuthority.MayClose(turn.Actor, decision) == DecisionPermission.Allowed,
            // Comments go only where the reader alone sees them, never into a channel thread that everyone reads.
            DecisionAuthority.MayReadComments(turn.Actor, decision) && turn.AnswersOnlyTheActor);
    }
}
