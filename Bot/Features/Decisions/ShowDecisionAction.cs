using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>
/// Shows a decision as the person may see it: "Vis" in the log, and the automatic refresh that gives each member of
/// the deciding body their own view of the shared card (their vote and the buttons).
/// </summary>
[ForVerbs(CardVerbs.ShowDecision, CardVerbs.RefreshDecision)]
public sealed class ShowDecisionAction(DecisionService service, DecisionReleases releases, string verb) : CommunityCardAction<DecisionNumber>(verb)
{
    // "Vis" in the log shows the decision's history; the shared card's refresh is the member's view of it alone.
    private readonly bool _withHistory = verb == CardVerbs.ShowDecision;

    protected override DecisionNumber? Read(CardInput input) => DecisionNumber.TryParse(input.Text(CardVerbs.DecisionKey));

    protected override async Task<Reply> HandleAsync(CommunityTurn turn, DecisionNumber number)
    {
        if (await service.LoadAsync(turn.Community, turn.Members, number, turn.CancellationToken, _withHistory) is not { } stored)
        {
            return Reply.WithText(turn.Texts.DecisionNotFound(number));
        }

        // The record shows its release; a member's refresh of the shared card, frequent and the card's own, reads none.
        var carriedOut = _withHistory ? await releases.CarryingOutAsync(turn.Community.Id, number, turn.CancellationToken) : null;
        return DecisionReplies.Card(turn, stored, null, _withHistory, carriedOut);
    }
}
