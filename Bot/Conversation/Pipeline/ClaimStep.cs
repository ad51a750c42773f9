namespace CoordinatorBot.Bot.Conversation.Pipeline;

/// <summary>
/// Claims the activity's id before anything is changed, so that a redelivery is acknowledged, not handled again; a
/// press whose action knows its redeliveries by itself (a vote) is not claimed: one table write fewer on the turn. Help
/// changes nothing, and given again it is the same card again: this instance's memory of what it answered recognises
/// its redelivery, with no write at all.
/// </summary>
public sealed class ClaimStep : ITurnStep
{
    public Task InvokeAsync(TurnContext context, TurnDelegate next) =>
        context.RecognisesRedelivery ? next(context)
        : OnlyAnswers(context) ? (context.Claim.TryRemember() ? next(context) : Task.CompletedTask)
        : ClaimedAsync(context, next);

    private static bool OnlyAnswers(TurnContext context) =>
        context is { Kind: TurnKind.Text, Dialog: null, Match.CommandId: CommandIds.Help };

    private static async Task ClaimedAsync(TurnContext context, TurnDelegate next)
    {
        if (await context.Claim.TryAsync(context.CancellationToken))
        {
            await next(context);
        }
    }
}
