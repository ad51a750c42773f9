namespace CoordinatorBot.Bot.Conversation.Pipeline;

/// <summary>Composes the steps once, at start-up, into one delegate that runs them in the order given.</summary>
public static class TurnPipeline
{
    public static TurnDelegate Compose(params ITurnStep[] steps)
    {
        TurnDelegate next = static _ => Task.CompletedTask;
        for (var i = steps.Length - 1; i >= 0; i--)
        {
            var step = steps[i];
            var rest = next;
            next = context => step.InvokeAsync(context, rest);
        }

        return next;
    }
}
