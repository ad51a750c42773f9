using CoordinatorBot.Cards.Decisions;
using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>Closes a decision by hand with its outcome in words: the coordinator or the proposer.</summary>
public sealed class CloseDecisionAction(DecisionService service) : CommunityCardAction<CloseDecisionAction.Input>(CardVerbs.CloseDecision)
{
    /// <param name="Accepted">Null when the card sent no outcome; the form is then shown again.</param>
    public sealed record Input(DecisionNumber Number, bool? Accepted, string? Text);

    protected override Input? Read(CardInput input) =>
        DecisionNumber.TryParse(input.Text(CardVerbs.DecisionKey)) is { } number
            ? new Input(number, input.Text(DecisionCard.OutcomeInput) switch
            {
                nameof(DecisionStatus.Accepted) => true,
                nameof(DecisionStatus.Rejected) => false,
                _ => null,
            }, input.Text(DecisionCard.OutcomeTextInput))
            : null;

    protected override async Task<Reply> HandleAsync(CommunityTurn turn, Input input)
    {
        var texts = turn.Texts;
        var number = input.Number;
        var stored = await service.LoadAsync(turn.Community, turn.Members, number, turn.CancellationToken);
        if (stored is null)
        {
            return Reply.WithText(texts.DecisionNotFound(number));
        }

        switch (DecisionAuthority.MayClose(turn.Actor, stored.Decision))
        {
            case DecisionPermission.NotAMember:
                return Reply.WithText(texts.RefusalNoRole);
            case DecisionPermission.NotCoordinatorOrProposer:
                return Reply.WithText(texts.CloseNotAllowed);
            case DecisionPermission.RuleDecidesNotProposer:
                return Reply.WithText(texts.CloseVotesDecide(texts.RuleName(stored.Decision.Draft.Rule)));
        }

        if (!stored.Decision.IsOpen)
        {
            return DecisionReplies.Card(turn, stored,
                new Notice(texts.DecisionClosedRefusal(number, texts.StatusName(stored.Decision.Status), DecisionCard.Outcome(texts, stored.Decision)), true));
        }

        if (input is not { Text: { } text, Accepted: { } accepted })
        {
            return DecisionReplies.Card(turn, stored, new Notice(texts.CloseTextError, true));
        }

        if (Domain.Text.TextLimits.Exceeds(text, Domain.Text.TextLimits.OutcomeText))
        {
            return DecisionReplies.Card(turn, stored, new Notice(texts.TextTooLong(texts.CloseTextLabel, Domain.Text.TextLimits.OutcomeText), true));
        }

        var closed = await service.CloseByHandAsync(turn.Community, turn.Members, number, accepted, text, turn.ActorName, turn.CancellationToken)
            ?? stored;
        var notice = new Notice(texts.DecisionOutcomePosted(number, texts.StatusName(closed.Decision.Status).ToLower(texts.Culture),
            DecisionCard.Outcome(texts, closed.Decision)), false);
        return DecisionReplies.Card(turn, closed, notice);
    }
}
