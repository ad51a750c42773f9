namespace CoordinatorBot.Bot.Conversation.Pipeline;

/// <summary>An Action.Execute invoke without an action, or with one the bot does not support, is answered as such at once.</summary>
public sealed class MalformedPressStep : ITurnStep
{
    public Task InvokeAsync(TurnContext context, TurnDelegate next)
    {
        if (context.Kind == TurnKind.Execute)
        {
            if (context.Action is not { } action)
            {
                context.Response = new(200, AdaptiveCardInvokeResponse.Error(400, "BadRequest", "The invoke has no action."));
                return Task.CompletedTask;
            }

            if (action.Type != "Action.Execute" || string.IsNullOrEmpty(action.Verb))
            {
                context.Response = new(200, AdaptiveCardInvokeResponse.Error(400, "NotSupported", $"'{action.Type}' is not supported."));
                return Task.CompletedTask;
            }
        }

        return next(context);
    }
}
