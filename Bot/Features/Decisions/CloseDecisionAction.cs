using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Bot.Communities;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>Closes a decision by hand with its outcome in words: the coordinator or the proposer.</summary>
public sealed class CloseDecisionAction(DecisionService service, DecisionReplies replies, CommunityAccess access) : ICardAction
{
    public string Verb => CardVerbs.CloseDecision;

    public bool NeedsCommunity => true;

    // The coordinator or this decision's proposer: checked below.
    public Role? RequiredRole => null;

    public async Task<Reply> HandleAsync(Turn turn, CardInput input)
    {
        var community = turn.Community!;
        var texts = turn.Texts;
        if (DecisionNumber.TryParse(input.Text(CardVerbs.DecisionKey)) is not { } number)
        {
            return Reply.WithText(texts.ErrorCardOutdated);
        }

        var decision = await service.CloseIfDueAsync(community, number, turn.CancellationToken);
        if (decision is null)
        {
            return Reply.WithText(texts.DecisionNotFound(number));
        }

        var isCoordinator = await access.HoldsAsync(community.Id, turn.ActorId, Role.Coordinator, turn.CancellationToken);
        if (!isCoordinator && decision.ProposerId != turn.ActorId)
        {
            return Reply.WithText(texts.CloseNotAllowed);
        }

        if (!decision.IsOpen)
        {
            var refusal = new Notice(texts.DecisionClosedRefusal(number, texts.StatusName(decision.Status), DecisionCard.Outcome(texts, decision)), true);
            return Reply.WithCard(await replies.CardAsync(turn, decision, refusal));
        }

        var text = input.Text(DecisionCard.OutcomeTextInput);
        var outcome = input.Text(DecisionCard.OutcomeInput);
        if (text is null || outcome is not (nameof(DecisionStatus.Accepted) or nameof(DecisionStatus.Rejected)))
        {
            return Reply.WithCard(await replies.CardAsync(turn, decision, new Notice(texts.CloseTextError, true)));
        }

        if (Domain.Text.TextLimits.Exceeds(text, Domain.Text.TextLimits.OutcomeText))
        {
            return Reply.WithCard(await replies.CardAsync(turn, decision, new Notice(texts.TextTooLong(texts.CloseTextLabel, Domain.Text.TextLimits.OutcomeText), true)));
        }

        var closed = await service.CloseByHandAsync(community, decision, outcome == nameof(DecisionStatus.Accepted), text, turn.ActorName,
            turn.CancellationToken) ?? decision;
        var notice = new Notice(texts.DecisionOutcomePosted(number, texts.StatusName(closed.Status).ToLower(texts.Culture),
            DecisionCard.Outcome(texts, closed)), false);
        return Reply.WithCard(await replies.CardAsync(turn, closed, notice));
    }
}
