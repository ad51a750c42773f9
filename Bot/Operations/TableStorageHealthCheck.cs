using Azure;
using CoordinatorBot.Storage.Layouts;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoordinatorBot.Bot.Operations;

/// <summary>
/// Ready means Table Storage answers and holds a layout this bot knows: one point read of the store's layout row,
/// within a short time, so that a dead storage account — or a store a newer release has taken over while this instance
/// still runs — takes the instance out of the load balancer.
/// </summary>
public sealed class TableStorageHealthCheck(StoreLayoutRow layoutRow) : IHealthCheck
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Timeout);
        try
        {
            return await layoutRow.ReadAsync(limit.Token) is { } layout && layout > StoreLayout.Current
                ? HealthCheckResult.Unhealthy($"The stored tables have layout {layout}, newer than this bot's {StoreLayout.Current}.")
                : HealthCheckResult.Healthy();
        }
        catch (RequestFailedException e) when (e.Status is > 0 and < 500)
        {
            // It answered (e.g. the table is not created yet): storage is reachable.
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is RequestFailedException or OperationCanceledException or AggregateException && !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("Table Storage did not answer.", e is OperationCanceledException ? null : e);
        }
    }
}
