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

    public long Count => Interlocked.Read(ref _count);

    public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref _count);
}
