using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>A vote from the member view. Who votes is the activity's person; the card only says what they chose.</summary>
public sealed class VoteAction(DecisionService service, DecisionReplies replies) : ICardAction
{
    public string Verb => CardVerbs.Vote;

    public bool NeedsCommunity => true;

    // Membership of the deciding body, checked by the service for this decision's body.
    public Role? RequiredRole => null;

    public async Task<Reply> HandleAsync(Turn turn, CardInput input)
    {
        var texts = turn.Texts;
        if (DecisionNumber.TryParse(input.Text(CardVerbs.DecisionKey)) is not { } number ||
            !Enum.TryParse<VoteChoice>(input.Text(CardVerbs.ChoiceKey), out var choice) || !Enum.IsDefined(choice))
        {
            return Reply.WithText(texts.ErrorCardOutdated);
        }

        if (Domain.Text.TextLimits.Exceeds(input.Text(DecisionCard.CommentInput), Domain.Text.TextLimits.VoteComment))
        {
            return Reply.WithText(texts.TextTooLong(texts.VoteCommentLabel, Domain.Text.TextLimits.VoteComment));
        }

        var (result, decision) = await service.VoteAsync(turn.Community!, number, turn.ActorId ?? string.Empty, turn.ActorName, choice,
            input.Text(DecisionCard.CommentInput), turn.CancellationToken);
        if (decision is null)
        {
            return Reply.WithText(texts.DecisionNotFound(number));
        }

        var notice = result switch
        {
            VoteResult.Recorded => new Notice(texts.VoteRecorded(texts.VoteName(choice)), false),
            VoteResult.Closed => new Notice(texts.DecisionClosedRefusal(number, texts.StatusName(decision.Status), DecisionCard.Outcome(texts, decision)), true),
            _ => new Notice(texts.VoteNotInBody(texts.BodyName(decision.Draft.Body).ToLower(texts.Culture), number), true),
        };
        return Reply.WithCard(await replies.CardAsync(turn, decision, notice));
    }
}
