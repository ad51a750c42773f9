using CoordinatorBot.Cards.Decisions;
using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>A vote from the member view. Who votes is the activity's person; the card only says what they chose.</summary>
// Membership of the deciding body is checked by the service, for this decision's body.
public sealed class VoteAction(DecisionService service) : CommunityCardAction<VoteAction.Input>(CardVerbs.Vote)
{
    /// <summary>The vote's row remembers the activity that cast it, so a vote needs no claim of its own.</summary>
    public override bool RecognisesRedelivery => true;

    public sealed record Input(DecisionNumber Number, VoteChoice Choice, string? Comment);

    protected override Input? Read(CardInput input) =>
        DecisionNumber.TryParse(input.Text(CardVerbs.DecisionKey)) is { } number &&
        Enum.TryParse<VoteChoice>(input.Text(CardVerbs.ChoiceKey), out var choice) && Enum.IsDefined(choice)
            ? new Input(number, choice, input.Text(DecisionCard.CommentInput))
            : null;

    protected override async Task<Reply> HandleAsync(CommunityTurn turn, Input input)
    {
        var texts = turn.Texts;
        if (Domain.Text.TextLimits.Exceeds(input.Comment, Domain.Text.TextLimits.VoteComment))
        {
            return Reply.WithText(texts.TextTooLong(texts.VoteCommentLabel, Domain.Text.TextLimits.VoteComment));
        }

        var (result, stored) = await service.VoteAsync(turn.Community, turn.Members, turn.Actor, turn.ActorName, input.Number, input.Choice,
            input.Comment, turn.DeliveryKey, turn.CancellationToken);
        if (stored is null)
        {
            return Reply.WithText(texts.DecisionNotFound(input.Number));
        }

        var decision = stored.Decision;
        var notice = result switch
        {
            // As stored: a redelivered press recognised after a later vote names the later one.
            VoteResult.Recorded => new Notice(texts.VoteRecorded(texts.VoteName(
                stored.Votes.FirstOrDefault(v => v.VoterId == turn.ActorId)?.Choice ?? input.Choice)), false),
            VoteResult.Closed => new Notice(texts.DecisionClosedRefusal(input.Number, texts.StatusName(decision.Status), DecisionCard.Outcome(texts, decision)), true),
            _ => new Notice(texts.VoteNotInBody(texts.BodyName(decision.Draft.Body).ToLower(texts.Culture), input.Number), true),
        };
        return DecisionReplies.Card(turn, stored, notice);
    }
}
