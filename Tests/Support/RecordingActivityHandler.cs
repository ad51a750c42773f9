namespace CoordinatorBot.Tests.Support;

/// <summary>Stands in for the router when a test is about the protocol layer: records what reached it.</summary>
public sealed class RecordingActivityHandler : IActivityHandler
{
    public ConcurrentQueue<Activity> Handled { get; } = new();

    public Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        Handled.Enqueue(activity);
        return Task.FromResult(activity.Type == ActivityTypes.Invoke && activity.Name == InvokeNames.AdaptiveCardAction
            ? new InvokeResponse(200, AdaptiveCardInvokeResponse.Message("ok"))
            : null);
    }
}
