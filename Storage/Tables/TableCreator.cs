using Microsoft.Extensions.Hosting;

namespace CoordinatorBot.Storage.Tables;

/// <summary>Creates missing tables before the host starts taking requests.</summary>
internal sealed class TableCreator(StorageTables tables) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => tables.CreateAllAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
