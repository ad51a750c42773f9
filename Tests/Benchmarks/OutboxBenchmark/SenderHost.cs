using CoordinatorBot.Bot.Protocol.Connector;
using CoordinatorBot.Bot.Scheduling;
using CoordinatorBot.Storage;
using CoordinatorBot.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoordinatorBot.Benchmarks;

/// <summary>The bot's outbox sender alone, as it runs in the bot: the part that is killed and restarted.</summary>
public static class SenderHost
{
    public static ServiceProvider Build(string storage, string prefix, double rate, TimeSpan claimFor)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = storage,
            ["Storage:TablePrefix"] = prefix,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddStorage(configuration);
        // The benchmark's connector runs on this machine.
        services.AddSingleton(new ServiceUrlAllowList(ServiceUrlAllowList.DefaultHosts, allowLoopback: true));
        services.AddSingleton(new ConnectorTokenSource(null, TimeProvider.System));
        services.AddOptions<ConnectorRetryOptions>();
        services.AddHttpClient(ConnectorClient.HttpClientName).AddConnectorResilience();
        services.AddSingleton<ConnectorClient>();
        services.AddSingleton(Options.Create(new SchedulingOptions { TenantRatePerSecond = rate, ClaimFor = claimFor, IdlePoll = TimeSpan.FromMilliseconds(200) }));
        services.AddSingleton<SendRateGate>();
        services.AddSingleton<OutboxSender>();
        return services.BuildServiceProvider();
    }

    /// <summary>Runs the sender until the process is killed.</summary>
    public static async Task RunAsync(string storage, string prefix, double rate, TimeSpan claimFor)
    {
        await using var services = Build(storage, prefix, rate, claimFor);
        await services.GetRequiredService<StorageTables>().CreateAllAsync(default);
        await services.GetRequiredService<OutboxSender>().StartAsync(default);
        await Task.Delay(Timeout.Infinite);
    }
}
