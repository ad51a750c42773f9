using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>
/// Shows a decision as the person may see it: "Vis" in the log, and the automatic refresh that gives each member of
/// the deciding body their own view of the shared card (their vote and the buttons).
/// </summary>
public sealed class ShowDecisionAction(DecisionReplies replies, string verb, bool withHistory) : ICardAction
{
    public static ShowDecisionAction Show(DecisionReplies replies) => new(replies, CardVerbs.ShowDecision, withHistory: true);

    public static ShowDecisionAction Refresh(DecisionReplies replies) => new(replies, CardVerbs.RefreshDecision, withHistory: false);

    public string Verb => verb;

    public bool NeedsCommunity => true;

    public Role? RequiredRole => null;

    public Task<Reply> HandleAsync(Turn turn, CardInput input) =>
        DecisionNumber.TryParse(input.Text(CardVerbs.DecisionKey)) is { } number
            ? replies.ShowAsync(turn, number, null, withHistory)
            : Task.FromResult(Reply.WithText(turn.Texts.ErrorCardOutdated));
}
