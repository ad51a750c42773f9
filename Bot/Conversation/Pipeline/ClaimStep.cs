namespace CoordinatorBot.Bot.Conversation.Pipeline;

/// <summary>
/// Claims the activity's id before anything is done, so that a redelivery is acknowledged, not handled again; a press
/// whose action knows its redeliveries by itself (a vote) is not claimed: one table write fewer on the turn.
/// </summary>
public sealed class ClaimStep : ITurnStep
{
    public Task InvokeAsync(TurnContext context, TurnDelegate next) =>
        context.RecognisesRedelivery ? next(context) : ClaimedAsync(context, next);

    private static async Task ClaimedAsync(TurnContext context, TurnDelegate next)
    {
        if (await context.Claim.TryAsync(context.CancellationToken))
        {
            await next(context);
        }
    }
}
