using System.Net.Sockets;

namespace CoordinatorBot.Storage.Tables;

/// <summary>
/// Whether an exception from the table client means that Table Storage could not be reached or did not answer in time —
/// an outage that passes, answered the same way everywhere — rather than an answer (a conflict, a missing row, a
/// refused request).
/// </summary>
public static class StorageFault
{
    /// <param name="caller">The caller's own token: a cancellation it asked for is no outage.</param>
    public static bool Is(Exception exception, CancellationToken caller = default) => exception switch
    {
        StorageUnavailableException => true,
        // No answer at all (refused, reset, name not resolved), a timeout, throttling or a server error.
        RequestFailedException { Status: 0 or 408 or 429 or >= 500 } => true,
        // The client's network timeout.
        OperationCanceledException => !caller.IsCancellationRequested,
        // What the client throws when its retries all failed: a try may also end in the transport's own exception.
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(e => Is(e, caller)),
        // A connection closed while the answer was read, which the client may pass on as it came.
        SocketException or IOException or HttpRequestException => true,
        // The same, passed on inside another exception by code between the turn and the table client.
        { InnerException: { } inner } => Is(inner, caller),
        _ => false,
    };
}
