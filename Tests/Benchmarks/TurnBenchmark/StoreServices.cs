using CoordinatorBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoordinatorBot.Benchmarks;

/// <summary>The bot's stores on the same tables as a bot in another process, to set up what its turns act on.</summary>
internal static class StoreServices
{
    public static ServiceProvider Build(string storage, string prefix)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = storage,
            ["Storage:TablePrefix"] = prefix,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddStorage(configuration);
        return services.BuildServiceProvider();
    }
}
