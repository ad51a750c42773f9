namespace CoordinatorBot.Bot.Conversation.Pipeline;

/// <summary>
/// Delivers the reply in the shape of the activity: a message in the conversation for text; for Action.Submit the
/// presser's view in place where they alone see it; for Action.Execute the invoke's response.
/// </summary>
public sealed class AnswerStep : ITurnStep
{
    public async Task InvokeAsync(TurnContext context, TurnDelegate next)
    {
        var (turn, reply) = (context.Turn!, context.Reply!);
        switch (context.Kind)
        {
            // A submitted card is replaced by the presser's view only where they alone see it: in a channel the message
            // named by replyToId is everyone's (and replyToId is the client's word), so the view goes below it instead.
            case TurnKind.Submit when reply.Card is not null && turn.AnswersOnlyTheActor && !string.IsNullOrEmpty(context.Activity.ReplyToId):
                await turn.UpdateAsync(context.Activity.ReplyToId, reply);
                break;
            // A welcome's buttons answer with a new message, so the welcome stays for the next person to read.
            case TurnKind.Execute when reply.Card is not null && context.Input!.Text(CardVerbs.AnswerKey) == CardVerbs.AnswerAsNewMessage:
                await turn.SendAsync(reply);
                context.Response = new(200, AdaptiveCardInvokeResponse.Message(turn.Texts.AnsweredBelow));
                break;
            case TurnKind.Execute:
                context.Response = new(200, reply.Card is { } card
                    ? AdaptiveCardInvokeResponse.Card(CardJson.ToValue(card))
                    : AdaptiveCardInvokeResponse.Message(reply.Text ?? string.Empty));
                break;
            default:
                await turn.SendAsync(reply);
                break;
        }

        await next(context);
    }
}
