using CoordinatorBot.Storage.Tables;

namespace CoordinatorBot.Bot.Conversation.Pipeline;

/// <summary>
/// What is no conversational turn goes elsewhere: an install or people joining or leaving to the community's
/// lifecycle, a feature's own invoke to its handler (a failure answered in the invoke's shape, storage that is away to
/// the endpoint); anything else is acknowledged and ignored (other invokes get 400 from the endpoint).
/// </summary>
public sealed partial class OtherActivitiesStep(CommunityLifecycle lifecycle, ILogger logger) : ITurnStep
{
    public Task InvokeAsync(TurnContext context, TurnDelegate next) => context.Kind switch
    {
        TurnKind.Lifecycle => lifecycle.HandleAsync(context.Activity, context.CancellationToken),
        TurnKind.FeatureInvoke => InvokeAsync(context, context.Invoke!),
        TurnKind.Other => Task.CompletedTask,
        _ => next(context),
    };

    private async Task InvokeAsync(TurnContext context, IInvokeHandler invoke)
    {
        try
        {
            context.Response = await invoke.HandleAsync(context.Activity, context.CancellationToken);
        }
        catch (Exception e) when (!context.CancellationToken.IsCancellationRequested && !StorageFault.Is(e, context.CancellationToken))
        {
            LogInvokeFailed(logger, e, context.Activity.Type, context.Activity.Id);
            context.Response = invoke.Failed(context.Activity, storageUnavailable: false);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A handler failed for {Type} activity {ActivityId}")]
    private static partial void LogInvokeFailed(ILogger logger, Exception exception, string? type, string? activityId);
}
