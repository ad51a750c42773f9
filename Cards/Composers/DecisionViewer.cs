using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Cards.Composers;

/// <summary>Who looks at a decision card: their own vote, and whether they may vote or close.</summary>
public sealed record DecisionViewer(Vote? OwnVote, bool CanVote, bool CanClose)
{
    public static DecisionViewer Onlooker { get; } = new(null, false, false);
}
