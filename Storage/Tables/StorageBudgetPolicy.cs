using Azure.Core;
using Azure.Core.Pipeline;

namespace CoordinatorBot.Storage.Tables;

/// <summary>
/// Keeps a table call within the flow's <see cref="StorageBudget"/>, retries included: each try gets at most the time
/// left as its network timeout, and no try starts once the time is spent. Sits in the pipeline per retry, so that the
/// retry policy's own waits count too.
/// </summary>
internal sealed class StorageBudgetPolicy(StorageBudget budget, TimeProvider time, TimeSpan networkTimeout) : HttpPipelinePolicy
{
    private const string Deadline = "CoordinatorBot.StorageDeadline";
    private static readonly TimeSpan Least = TimeSpan.FromMilliseconds(50);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Limit(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Limit(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void Limit(HttpMessage message)
    {
        DateTimeOffset deadline;
        if (message.TryGetProperty(Deadline, out var set))
        {
            deadline = (DateTimeOffset)set!;
        }
        else if (budget.PerCall is { } perCall)
        {
            // The call's first try: its time starts now.
            deadline = time.GetUtcNow() + perCall;
            message.SetProperty(Deadline, deadline);
        }
        else
        {
            return;
        }

        var remaining = deadline - time.GetUtcNow();
        if (remaining < Least)
        {
            throw new StorageUnavailableException("Table Storage did not answer within the turn's time.");
        }

        message.NetworkTimeout = remaining < networkTimeout ? remaining : networkTimeout;
    }
}
