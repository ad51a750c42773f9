namespace CoordinatorBot.Bot.Protocol.Hosting;

/// <summary>What the protocol layer hands an authenticated activity to. Returns the invoke response, if any.</summary>
public interface IActivityHandler
{
    Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>
    /// Handles the activity once: claimed through <paramref name="claim"/> first unless its handler recognises its own
    /// redeliveries (<see cref="RecognisesRedelivery"/>); when the claim is refused, nothing is handled. A handler that
    /// reads the activity once for both overrides this.
    /// </summary>
    async Task<InvokeResponse?> HandleAsync(Activity activity, ActivityClaim claim, CancellationToken cancellationToken) =>
        RecognisesRedelivery(activity) || await claim.TryAsync(cancellationToken) ? await HandleAsync(activity, cancellationToken) : null;

    /// <summary>
    /// True when the handler of this activity recognises a redelivery of it by itself; the endpoint then makes no claim
    /// (one table write fewer on the turn).
    /// </summary>
    bool RecognisesRedelivery(Activity activity) => false;

    /// <summary>
    /// What the person is told when Table Storage could not be reached during the turn, without touching storage: an
    /// invoke's response, or for a message that was answered (a card's press sent as a message) its status; null when
    /// the activity should be delivered again (the endpoint answers 503).
    /// </summary>
    Task<InvokeResponse?> AnswerStorageOutageAsync(Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult<InvokeResponse?>(null);
}
