using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Cards.Decisions;

/// <summary>
/// Who looks at a decision card: their own vote, whether they may vote or close, and whether they read the vote
/// comments (the body's members and the proposer).
/// </summary>
public sealed record DecisionViewer(Vote? OwnVote, bool CanVote, bool CanClose, bool ReadsComments = false)
{
    public static DecisionViewer Onlooker { get; } = new(null, false, false);
}
