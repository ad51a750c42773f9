using Azure;
using Azure.Data.Tables;
using CoordinatorBot.Storage.Tables;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoordinatorBot.Bot.Operations;

/// <summary>
/// Ready means Table Storage answers: one point read of a row that does not exist (the cheapest call the table data
/// role allows), within a short time, so that a dead storage account takes the instance out of the load balancer.
/// </summary>
public sealed class TableStorageHealthCheck(StorageTables tables) : IHealthCheck
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Timeout);
        try
        {
            await tables[TableNames.Settings].GetEntityIfExistsAsync<TableEntity>("readiness", "probe", ["PartitionKey"], limit.Token);
            return HealthCheckResult.Healthy();
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
