namespace CoordinatorBot.Bot.Conversation;

/// <summary>
/// An invoke other than a card's press, handled whole by one feature (a compose extension's search, a link to unfold).
/// Its answer is the invoke response alone and it changes nothing stored, so a redelivery is simply answered again.
/// </summary>
public interface IInvokeHandler
{
    /// <summary>The invoke's name, e.g. "composeExtension/query".</summary>
    string Name { get; }

    Task<InvokeResponse> HandleAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>
    /// What the person reads when the invoke could not be answered — Table Storage was away
    /// (<paramref name="storageUnavailable"/>), or the handler failed — in the invoke's own shape, never a bare 500.
    /// Touches no storage.
    /// </summary>
    InvokeResponse Failed(Activity activity, bool storageUnavailable);
}
