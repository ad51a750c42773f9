using Azure.Core;
using Azure.Core.Pipeline;

namespace CoordinatorBot.Storage.Tables;

/// <summary>
/// Counts the table operations the bot makes: a policy in the table client's pipeline, once per call (a retry of the
/// same call is not counted again). One Interlocked add per call; tests and the turn benchmark read the total before
/// and after a turn.
/// </summary>
public sealed class TableOperationCounter : HttpPipelineSynchronousPolicy
{
    private long _count;
    private long _queries;

    public long Count => Interlocked.Read(ref _count);

    /// <summary>The calls among them that query a table (with a filter), rather than read or write one row.</summary>
    public long Queries => Interlocked.Read(ref _queries);

    public override void OnSendingRequest(HttpMessage message)
    {
        Interlocked.Increment(ref _count);
        if (message.Request.Method == RequestMethod.Get && message.Request.Uri.Query.Contains("$filter=", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _queries);
        }
    }
}
