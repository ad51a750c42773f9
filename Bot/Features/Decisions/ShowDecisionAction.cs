using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>
/// Shows a decision as the person may see it: "Vis" in the log, and the automatic refresh that gives each member of
/// the deciding body their own view of the shared card (their vote and the buttons).
/// </summary>
public sealed class ShowDecisionAction(DecisionService service, string verb, bool withHistory)
    : CommunityCardAction<DecisionNumber>(verb)
{
    public static ShowDecisionAction Show(DecisionService service) => new(service, CardVerbs.ShowDecision, withHistory: true);

    public static ShowDecisionAction Refresh(DecisionService service) => new(service, CardVerbs.RefreshDecision, withHistory: false);

    protected override DecisionNumber? Read(CardInput input) => DecisionNumber.TryParse(input.Text(CardVerbs.DecisionKey));

    protected override async Task<Reply> HandleAsync(CommunityTurn turn, DecisionNumber number) =>
        await service.LoadAsync(turn.Community, turn.Members, number, turn.CancellationToken, withHistory) is { } stored
            ? DecisionReplies.Card(turn, stored, null, withHistory)
            : Reply.WithText(turn.Texts.DecisionNotFound(number));
}
